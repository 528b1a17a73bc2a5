// identifyPerson, when exactly one person matched: the step is kept, so that the privacy officer finds
// every identification at a window (selfGrantedBases, kind IDENTIFICATION): who, at which agency, whom.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (p:Person {id: $personId})
CREATE (me)-[:RECORDED]->(i:Identification {id: $identificationId, date: $today, recordedAt: datetime(),
                                          recordedBy: $staffId})-[:SUBJECT]->(p)
RETURN i.id AS identificationId
