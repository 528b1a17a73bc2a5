// Household.meetings: every meeting that discussed the household, as meeting-read reads them, newest first.
MATCH (m:Meeting)-[:DISCUSSED]->(:Household {id: $householdId})
WITH DISTINCT m ORDER BY m.date DESC, m.id
RETURN {{meeting.record}}
