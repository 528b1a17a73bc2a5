// Household.assessments: every assessment of the household, newest first, with the assessing agency and
// the name of the staff member who recorded it; AssessmentService decides item by item what shows.
MATCH (a:Agency)-[:ASSESSED]->(assessment:Assessment)-[:OF]->(h:Household {id: $householdId})
OPTIONAL MATCH (staff:Staff {id: assessment.recordedBy})
WITH assessment, a, staff, h ORDER BY assessment.date DESC, assessment.recordedAt DESC
RETURN assessment {.id, .date, .fields, .findings, .summary, householdId: h.id, assessorName: staff.name,
                   agency: {{projection.agency(a)}}} AS assessment
