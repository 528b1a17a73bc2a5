// evaluation(fiscalYear): what the 推進会議's yearly report counts for the days $from..$to (a fiscal year,
// 4月1日–3月31日), counted afresh from the record — aggregates only, no person leaves this query:
// meetings held by kind (each kind a meeting was held as) and the households they discussed (事例検討);
// for each activity key ($activityKeys: words an activity's name holds, e.g. 介護予防教室) the activities in
// force and their sessions and attendance; for each resource kind ($resourceKinds) the sessions'
// attendance (延べ) and the persons taking part (実利用: a participation match in force in the year, or — for
// the year that holds $today — taking part now, TAKES_PART_IN having no dates); visits (延件数)
// and the households visited (実件数); participation matches started, and of those the ones still going 3
// and 6 months on (定着), counted only once that day is past ($today); the plans closed and suspended by
// a meeting in the year (by the meeting's date) with the goal attainment given at closing; the referral
// routes (field → field); the households with a pattern and a case open at some time in the year; and the
// households first known in the year by the way they became known (the first consultation or signal).
RETURN
  COLLECT { MATCH (m:Meeting) WHERE $from <= m.date <= $to
            UNWIND coalesce(m.kinds, [m.kind]) AS kind
            WITH kind, count(DISTINCT m) AS n
            RETURN {key: kind, value: n} AS row } AS meetings,
  COLLECT { MATCH (m:Meeting)-[:DISCUSSED]->(:Household) WHERE $from <= m.date <= $to
            UNWIND coalesce(m.kinds, [m.kind]) AS kind
            WITH kind, count(*) AS n
            RETURN {key: kind, value: n} AS row } AS casesReviewed,
  COLLECT { UNWIND $activityKeys AS key
            RETURN {key: key,
                    groups: COUNT { MATCH (act:Activity) WHERE act.name CONTAINS key
                                      AND (act.startDate IS NULL OR act.startDate <= $to)
                                      AND (act.endDate IS NULL OR act.endDate >= $from) },
                    sessions: COUNT { MATCH (s:ActivitySession)-[:OF]->(act:Activity)
                                      WHERE act.name CONTAINS key AND $from <= s.date <= $to },
                    attendees: reduce(total = 0, s IN COLLECT { MATCH (s:ActivitySession)-[:OF]->(act:Activity)
                                                                WHERE act.name CONTAINS key AND $from <= s.date <= $to
                                                                RETURN s } | total + coalesce(s.attendees, 0))} AS row }
    AS activities,
  COLLECT { UNWIND $resourceKinds AS kind
            RETURN {key: kind,
                    sessions: COUNT { MATCH (s:ActivitySession)-[:OF]->(:Activity)-[:HELD_AT]->(:Resource {kind: kind})
                                      WHERE $from <= s.date <= $to },
                    attendees: reduce(total = 0, s IN COLLECT { MATCH (s:ActivitySession)-[:OF]->(:Activity)
                                                                      -[:HELD_AT]->(:Resource {kind: kind})
                                                                WHERE $from <= s.date <= $to
                                                                RETURN s } | total + coalesce(s.attendees, 0)),
                    participants: COUNT { CALL (kind) {
                                            MATCH (p:Person)<-[:FOR]-(pm:ParticipationMatch)-[:TO]->(:Activity)
                                                  -[:HELD_AT]->(:Resource {kind: kind})
                                            WHERE pm.started <= $to AND (pm.ended IS NULL OR pm.ended >= $from)
                                            RETURN p
                                            UNION
                                            MATCH (p:Person)-[:TAKES_PART_IN]->(:Activity)-[:HELD_AT]->(:Resource {kind: kind})
                                            WHERE $from <= $today <= $to
                                            RETURN p
                                          }
                                          RETURN DISTINCT p }} AS row } AS resources,
  COUNT { MATCH (v:Visit) WHERE $from <= v.date <= $to } AS visits,
  COUNT { MATCH (v:Visit)-[:TO]->(h:Household) WHERE $from <= v.date <= $to RETURN DISTINCT h } AS householdsVisited,
  COLLECT { MATCH (pm:ParticipationMatch) WHERE $from <= pm.started <= $to
            WITH pm, pm.started + duration({months: 3}) AS three, pm.started + duration({months: 6}) AS six
            RETURN {started: count(pm),
                    due3: count(CASE WHEN three <= $today THEN 1 END),
                    after3: count(CASE WHEN three <= $today AND (pm.ended IS NULL OR pm.ended >= three) THEN 1 END),
                    due6: count(CASE WHEN six <= $today THEN 1 END),
                    after6: count(CASE WHEN six <= $today AND (pm.ended IS NULL OR pm.ended >= six) THEN 1 END)} AS row
  }[0] AS participation,
  COLLECT { MATCH (m:Meeting)-[d:DISCUSSED]->(h:Household)
            WHERE $from <= m.date <= $to AND d.decision IN ['CLOSE', 'SUSPEND']
            WITH d.decision AS decision, coalesce(d.goalAttainment, 'UNRECORDED') AS attainment,
                 count(DISTINCT coalesce(d.planId, h.id + '@' + m.id)) AS n
            RETURN {decision: decision, attainment: attainment, value: n} AS row } AS closings,
  COLLECT { MATCH (fromAgency:Agency)-[:HOLDS]->(:Case)<-[:FROM]-(ref:Referral)-[:TO]->(:Case)<-[:HOLDS]-(toAgency:Agency)
            WHERE $from <= ref.date <= $to
            WITH fromAgency.field + '→' + toAgency.field AS key, count(ref) AS n
            RETURN {key: key, value: n} AS row } AS referralRoutes,
  COLLECT { MATCH (h:Household) WHERE size(coalesce(h.patterns, [])) > 0
              AND EXISTS { MATCH (c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h)
                           WHERE c.opened <= $to AND (c.closed IS NULL OR c.closed >= $from) }
            UNWIND h.patterns AS pattern
            WITH pattern, count(h) AS n
            RETURN {key: pattern, value: n} AS row } AS patterns,
  COLLECT { MATCH (h:Household)
            CALL (h) {
              MATCH (s:Signal)-[:ABOUT]->(h) WHERE s.date IS NOT NULL
              RETURN s.date AS date, 0 AS rank, s.source AS route
              UNION ALL
              MATCH (con:Consultation)<-[:HAS_CONSULTATION]-(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF|FORMER_MEMBER_OF]->(h)
              RETURN con.date AS date, 1 AS rank,
                     CASE con.channel WHEN 'CONSULTATION_EVENT' THEN 'CONSULTATION_EVENT' WHEN 'REFERRAL' THEN 'AGENCY'
                                      ELSE coalesce(con.consultedBy, 'SELF') END AS route
            }
            WITH h, date, rank, route ORDER BY date, rank, route
            WITH h, head(collect({date: date, route: route})) AS first
            WHERE $from <= first.date <= $to
            WITH first.route AS key, count(h) AS n
            RETURN {key: key, value: n} AS row } AS knownThrough
