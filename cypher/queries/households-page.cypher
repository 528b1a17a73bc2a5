// households(first, after, filter): the households the reader's agency has any basis for (its case
// about a member, its visit, a plan it coordinates or has a role in, a 支援会議 it attended, a permit
// consent in force naming it or the participants of a 重層的支援会議 it attended), after the cursor id, by id. $limit is first + 1 to tell whether a page follows.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL (me) {
  MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  MATCH (me)-[:MADE_VISIT]->(:Visit)-[:TO]->(h:Household) RETURN h
  UNION
  MATCH (me)-[:COORDINATES]->(:SupportPlan)-[:FOR]->(h:Household) RETURN h
  UNION
  MATCH (me)<-[:TO]-(:PlanRole)<-[:ASSIGNS]-(:SupportPlan)-[:FOR]->(h:Household) RETURN h
  UNION
  MATCH (me)-[:ATTENDED]->(:Meeting {kind: 'SUPPORT_MEETING'})-[:DISCUSSED]->(h:Household) RETURN h
  UNION
  MATCH (me)<-[:GRANTS_TO]-(c:Consent {decision: 'PERMIT'})-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h:Household)
  WHERE c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes
  RETURN h
  UNION
  MATCH (me)-[:ATTENDED]->(:Meeting {kind: 'MULTI_LAYER_MEETING'})-[:DISCUSSED]->(h:Household)
  WHERE EXISTS { MATCH (c:Consent {decision: 'PERMIT', meetingParticipants: true})-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h)
                 WHERE c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes }
  RETURN h
}
WITH me, h
WHERE h.id > $afterId
  AND ($areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) })
  AND all(pattern IN $patterns WHERE pattern IN h.patterns)
WITH me, h ORDER BY h.id LIMIT $limit
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h {.id, .patterns,
          location: {latitude: h.location.latitude, longitude: h.location.longitude,
                     approximate: coalesce(h.locationApproximate, false)}} AS household,
       area {.id, .name, .kind, .municipality} AS area,
       {
         agencyId: me.id,
         memberIds: COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.id AS id ORDER BY id },
         ownCasePersonIds: COLLECT { MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(p:Person)-[:MEMBER_OF]->(h) RETURN DISTINCT p.id AS id },
         ownHouseholdInvolvement: EXISTS { (me)-[:MADE_VISIT]->(:Visit)-[:TO]->(h) }
                                  OR EXISTS { (me)-[:COORDINATES]->(:SupportPlan)-[:FOR]->(h) }
                                  OR EXISTS { (me)<-[:TO]-(:PlanRole)<-[:ASSIGNS]-(:SupportPlan)-[:FOR]->(h) },
         supportMeetingIds: COLLECT { MATCH (me)-[:ATTENDED]->(m:Meeting {kind: 'SUPPORT_MEETING'})-[:DISCUSSED]->(h)
                                      RETURN m.id AS id ORDER BY m.date, id },
         consents: COLLECT { MATCH (c:Consent)-[:SUBJECT]->(p:Person)-[:MEMBER_OF]->(h)
                             WHERE EXISTS { (c)-[:GRANTS_TO]->(me) }
                                OR (c.meetingParticipants AND EXISTS {
                                      (me)-[:ATTENDED]->(:Meeting {kind: 'MULTI_LAYER_MEETING'})-[:DISCUSSED]->(h) })
                             RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                       subjectId: p.id} AS consent ORDER BY consent.id }
       } AS access
ORDER BY h.id
