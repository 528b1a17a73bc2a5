// recordMemberLeaving, after the rules were checked: the member is no longer a member (MEMBER_OF goes)
// but stays linked as a former member, with when and why (転居・死亡・施設入所); their cases stay theirs.
MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(h:Household {id: $householdId})
CREATE (p)-[:FORMER_MEMBER_OF {relation: m.relation, dependant: m.dependant, since: m.since, left: $date,
                               reason: $reason}]->(h)
DELETE m
