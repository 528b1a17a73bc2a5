// selfOpenedCases(from, to): cases an agency opened on a person already in the graph by identifying the
// person at its window (origin IDENTIFIED) — the one way an agency gives itself an OWN_AGENCY basis —
// opened from $from to $to, oldest first, at most $limit; with the basis the agency had before.
MATCH (a:Agency)-[:HOLDS]->(c:Case {origin: 'IDENTIFIED'})-[:ABOUT]->(p:Person)
WHERE $from <= c.opened <= $to
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
RETURN c.id AS caseId, c.opened AS opened, c.openedBy AS staffId, c.priorBasis AS priorBasis,
       coalesce(c.fields, [c.field]) AS categories, p.id AS personId, h.id AS householdId,
       a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
          location: {latitude: a.location.latitude, longitude: a.location.longitude,
                     approximate: coalesce(a.locationApproximate, false)}} AS agency
ORDER BY opened, c.recordedAt, caseId
LIMIT $limit
