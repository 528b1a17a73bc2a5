// The IsolationCandidate label of every person, decided afresh (fragments/isolation.cypher): at start-up
// when the graph has never been labelled, and after a bulk load (the demo city, a synthetic city), which
// write without the per-write upkeep. Runs in transactions of 10,000 persons (an auto-commit statement).
MATCH (p:Person)
CALL (p) {
  {{isolation.keep}}
} IN TRANSACTIONS OF 10000 ROWS
RETURN sum(changed) AS changed
