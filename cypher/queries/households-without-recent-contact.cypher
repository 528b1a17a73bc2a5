// householdsWithoutRecentContact: households the user's agency works with (an open case about a
// member, or a visit it made) whose last contact — a visit that spoke with them (fragments/visit.cypher),
// or a consultation on a case about a member — is before $since (or never). Only in the areas $areaIds (the
// one asked for, or the CSW's 担当圏域); null: every area.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL (me) {
  MATCH (me)-[:HOLDS]->(:Case {status: 'OPEN'})-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household)
  RETURN h
  UNION
  MATCH (me)-[:MADE_VISIT]->(:Visit)-[:TO]->(h:Household)
  RETURN h
}
WITH h
WHERE $areaIds IS NULL OR EXISTS { (h)-[:IN_AREA]->(area:Area) WHERE area.id IN $areaIds }
WITH h,
     COLLECT { MATCH (v:Visit)-[:TO]->(h) WHERE {{visit.contact(v)}} RETURN v.date AS date
               UNION
               MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(:Case)-[:HAS_CONSULTATION]->(con:Consultation)
               RETURN con.date AS date } AS dates
WITH h, reduce(last = null, d IN dates | CASE WHEN last IS NULL OR d > last THEN d ELSE last END) AS lastContact
WHERE lastContact IS NULL OR lastContact < $since
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h.id AS householdId, {{projection.area(area)}} AS area, lastContact,
       CASE WHEN lastContact IS NULL THEN null ELSE duration.inDays(lastContact, $today).days END AS daysSince
ORDER BY lastContact IS NOT NULL, lastContact, householdId
