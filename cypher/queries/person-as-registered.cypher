// What the graph holds to check a person against what they told a window (WindowIdentification):
// name, kana and birth year. Never returned to a client.
MATCH (p:Person {id: $personId})
RETURN p.name AS name, p.nameKana AS nameKana, p.birthYear AS birthYear
