// Household.members, batched: only the members AccessPolicy already allowed ($allowed: a list of
// {householdId, personId}), so no withheld name or contact detail ever leaves the database.
// Head of household first, then oldest first.
UNWIND $allowed AS allowed
MATCH (p:Person {id: allowed.personId})-[m:MEMBER_OF]->(h:Household {id: allowed.householdId})
RETURN h.id AS householdId, p.id AS id, p.name AS name, p.birthYear AS birthYear, m.relation AS relation,
       p.phone AS phone, p.contactNote AS contactNote
ORDER BY householdId, CASE m.relation WHEN 'HEAD' THEN 0 ELSE 1 END, p.birthYear, p.id
