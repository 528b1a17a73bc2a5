// Kept on write, in the writing transaction: the dashboard's monthly counts (fragments/dashboard.cypher)
// of the units a write can change — the households $householdIds, the current and former households of
// the persons $personIds, the households whose referrals involve a case of the agencies $agencyIds
// (their field names a referral route), the meetings $meetingIds, every meeting that discussed one of
// those households (its area follows theirs), and the resources $resourceIds. Units in id order, so two
// writers lock them alike.
CALL () {
  CALL () {
    UNWIND $householdIds AS id
    MATCH (h:Household {id: id})
    RETURN h
    UNION
    UNWIND $personIds AS id
    MATCH (:Person {id: id})-[:MEMBER_OF|FORMER_MEMBER_OF]->(h:Household)
    RETURN h
    UNION
    UNWIND $agencyIds AS id
    MATCH (:Agency {id: id})-[:HOLDS]->(:Case)<-[:FROM|TO]-(ref:Referral)
    // a second MATCH: the referral's TO relationship may be the one just walked
    MATCH (ref)-[:TO]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household)
    RETURN h
  }
  CALL (h) {
    RETURN h AS unit
    UNION
    MATCH (unit:Meeting)-[:DISCUSSED]->(h)
    RETURN unit
  }
  RETURN unit
  UNION
  UNWIND $meetingIds AS id
  MATCH (unit:Meeting {id: id})
  RETURN unit
  UNION
  UNWIND $resourceIds AS id
  MATCH (unit:Resource {id: id})
  RETURN unit
}
WITH DISTINCT unit AS u
ORDER BY u.id
{{dashboard.keep}}
