// enterEvaluationActual: a yearly figure the graph cannot count (e.g. 指導・助言件数), entered by hand for
// target $targetId and fiscal year $fiscalYear by the signed-in staff member; the newest entry is the one
// the evaluation reads, the older stay as history.
MATCH (staff:Staff {id: $staffId})
CREATE (staff)-[:ENTERED]->(e:EvaluationEntry {id: $entryId, targetId: $targetId, fiscalYear: $fiscalYear,
                                                value: $value, note: $note, enteredAt: datetime(), enteredBy: $staffId})
RETURN e.id AS entryId
