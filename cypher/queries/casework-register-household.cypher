// recordConsultation with newHousehold: the household met for the first time and its members.
// $members: [{id, name, nameKana, birthYear, relation, dependant, phone, contactNote}], the consultee first.
MATCH (area:Area {id: $areaId})
CREATE (h:Household {id: $householdId, address: $address, patterns: $patterns, fictional: false,
                     registeredOn: $date, registeredBy: $staffId})
SET h.location = CASE WHEN $latitude IS NULL THEN null
                      ELSE point({latitude: $latitude, longitude: $longitude}) END,
    h.locationApproximate = false
CREATE (h)-[:IN_AREA]->(area)
WITH h
UNWIND $members AS member
CREATE (p:Person {id: member.id, name: member.name, nameKana: member.nameKana, birthYear: member.birthYear,
                  phone: member.phone, contactNote: member.contactNote, fictional: false})
CREATE (p)-[:MEMBER_OF {relation: member.relation, dependant: member.dependant}]->(h)
RETURN count(p) AS members
