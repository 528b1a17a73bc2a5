// recordAssessment, after the rules were checked: the assessment of the household by the user's agency,
// its findings as two lists of one length ($fields[i] is the field of $findings[i]).
MATCH (h:Household {id: $householdId})
MATCH (a:Agency {id: $agencyId})
CREATE (assessment:Assessment {id: $assessmentId, date: $date, fields: $fields, findings: $findings,
                               summary: $summary, recordedAt: datetime(), recordedBy: $staffId})
CREATE (a)-[:ASSESSED]->(assessment)
CREATE (assessment)-[:OF]->(h)
