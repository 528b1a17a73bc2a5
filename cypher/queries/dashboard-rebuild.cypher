// The dashboard's counts of every household, meeting and resource decided afresh
// (fragments/dashboard.cypher) and the difference applied: at start-up after a bulk load (the demo
// city, a synthetic city), or when the rule changed or was never applied; writes only where a unit's
// share differs. Runs in transactions of 1,000 units (an auto-commit statement).
// dashboard-orphans.cypher runs first.
MATCH (u)
WHERE u:Household OR u:Meeting OR u:Resource
CALL (u) {
  {{dashboard.keep}}
} IN TRANSACTIONS OF 1000 ROWS
RETURN sum(changed) AS changed
