// reassessHouseholdPatterns, after the rules were checked: the household's patterns as now assessed.
MATCH (h:Household {id: $householdId})
SET h.patterns = $patterns
