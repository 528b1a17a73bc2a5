// evacuationRoster(areaId), and one person's entry after registerEvacuationNeed ($personId): the roster's
// entries (in $areaId when given) with their person, home, area and
// 避難支援者 ties in force; whether the reader's agency is an 避難支援等関係者 (Agency.evacuationSupportHolder);
// the disaster in force on $today, if any. EvacuationRosterService decides which entries reach the reader
// (graph-model.md "避難行動要支援者名簿"): this channel is not the access facts of a household.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN coalesce(me.evacuationSupportHolder, false) AS holder, me.id AS agencyId,
       head(COLLECT { MATCH (d:Disaster) WHERE d.from <= $today AND (d.to IS NULL OR d.to >= $today)
                      RETURN d {.id, .name, .from, .to} AS disaster ORDER BY d.from DESC, d.id }) AS disaster,
       COLLECT {
         MATCH (entry:RosterEntry)-[:ON_ROSTER]->(p:Person)-[:MEMBER_OF]->(h:Household)
         OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
         WITH entry, p, h, area
         WHERE ($areaId IS NULL OR area.id = $areaId) AND ($personId IS NULL OR p.id = $personId)
         RETURN {id: entry.id, personId: p.id, name: p.name, birthYear: p.birthYear, householdId: h.id,
                 address: h.address, location: {{projection.location(h)}}, area: {{projection.area(area)}},
                 needs: entry.needs, sharingConsent: entry.sharingConsent, since: entry.since,
                 supporters: COLLECT { MATCH (t:Tie {kind: 'EVACUATION_SUPPORTER'})-[:WATCHES_OVER]->(p)
                                       WHERE t.endedOn IS NULL
                                       MATCH (recorder:Agency)-[:RECORDED_TIE]->(t)
                                       OPTIONAL MATCH (t)-[:WATCHER]->(w:Person)
                                       RETURN {watcherRole: t.watcherRole, watcherName: t.watcherName,
                                               watcherPersonId: w.id, watcherPersonName: w.name,
                                               watcherMayBeNamed: coalesce(t.watcherMayBeNamed, false),
                                               recordedByMe: coalesce(recorder = me, false)} AS supporter}}
           AS entry
         ORDER BY area.id, p.nameKana, p.id
       } AS entries
