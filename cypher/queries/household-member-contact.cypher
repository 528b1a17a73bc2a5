// updateMemberContact, after the rules were checked: the member's phone and how to reach them, as now
// told (null clears).
MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(:Household {id: $householdId})
SET p.phone = $phone, p.contactNote = $contactNote
