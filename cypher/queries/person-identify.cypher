// identifyPerson: the persons born in $birthYear with their household and its address; the service
// compares the names (and the household or address when given) after normalising them and answers only
// when exactly one matches. Never returned to a client as such.
MATCH (p:Person) WHERE p.birthYear = $birthYear
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
RETURN p.id AS personId, p.name AS name, p.nameKana AS nameKana, h.id AS householdId, h.address AS address
