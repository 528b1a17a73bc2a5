// selfGrantedBases(from, to): the bases agencies gave themselves by identifying a person at their window
// (WindowIdentification) — a case opened on a person already in the graph (origin IDENTIFIED, with the
// basis the agency had before) and a consent recorded for a person it had no basis for
// (identifiedOn) — from $from to $to, oldest first, at most $limit.
CALL () {
  MATCH (a:Agency)-[:HOLDS]->(c:Case {origin: 'IDENTIFIED'})-[:ABOUT]->(p:Person)
  WHERE $from <= c.opened <= $to
  RETURN 'CASE' AS kind, c.id AS reference, a, c.openedBy AS staffId, p, c.opened AS date,
         coalesce(c.fields, [c.field]) AS categories, c.priorBasis AS priorBasis, c.recordedAt AS recordedAt
  UNION ALL
  MATCH (a:Agency)-[:RECORDED]->(c:Consent)-[:SUBJECT]->(p:Person)
  WHERE $from <= c.identifiedOn <= $to
  RETURN 'CONSENT' AS kind, c.id AS reference, a, c.recordedBy AS staffId, p, c.identifiedOn AS date,
         c.categories AS categories, null AS priorBasis, c.recordedAt AS recordedAt
}
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
RETURN kind, reference, staffId, date, categories, priorBasis, p.id AS personId, h.id AS householdId,
       a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
          location: {latitude: a.location.latitude, longitude: a.location.longitude,
                     approximate: coalesce(a.locationApproximate, false)}} AS agency
ORDER BY date, recordedAt, reference
LIMIT $limit
