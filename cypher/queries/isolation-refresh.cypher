// Kept on write, in the writing transaction: the IsolationCandidate label (fragments/isolation.cypher)
// of the persons $personIds and of every current and former member of the households $householdIds —
// run by each write that can change who lives with whom, who takes part in an activity, or whose case is
// open (graph-model.md lists them).
CALL () {
  UNWIND $householdIds AS householdId
  MATCH (:Household {id: householdId})<-[:MEMBER_OF|FORMER_MEMBER_OF]-(p:Person)
  RETURN p
  UNION
  UNWIND $personIds AS personId
  MATCH (p:Person {id: personId})
  RETURN p
}
{{isolation.keep}}
