// addHouseholdMember, after the rules were checked: a new person joins the household on $date.
MATCH (h:Household {id: $householdId})
CREATE (p:Person {id: $personId, name: $name, nameKana: $nameKana, birthYear: $birthYear, phone: $phone,
                  contactNote: $contactNote, fictional: false})
CREATE (p)-[:MEMBER_OF {relation: $relation, dependant: $dependant, since: $date}]->(h)
