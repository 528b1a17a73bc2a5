// The dashboard's counts of every resource decided afresh (fragments/dashboard.cypher) and the difference
// applied: after an open-data import, which writes resources and activities without the per-write upkeep
// (its rows may change a resource's kind, or add activities at a venue that lies in an area). Writes only
// where a resource's share differs. Runs in transactions of 1,000 resources (an auto-commit statement).
MATCH (u:Resource)
CALL (u) {
  {{dashboard.keep}}
} IN TRANSACTIONS OF 1000 ROWS
RETURN sum(changed) AS changed
