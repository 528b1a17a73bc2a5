// enterEvaluationNarrative: the 現状と課題 of 事業 $business for fiscal year $fiscalYear, as text entered by the
// signed-in staff member; the newest is the one the report reads, the older stay as history.
MATCH (staff:Staff {id: $staffId})
CREATE (staff)-[:ENTERED]->(n:EvaluationNarrative {id: $narrativeId, business: $business, fiscalYear: $fiscalYear,
                                                    text: $text, enteredAt: datetime(), enteredBy: $staffId})
RETURN n.id AS narrativeId
