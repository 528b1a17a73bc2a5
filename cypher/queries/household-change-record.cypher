// Every household upkeep mutation, in the same transaction as its write: the HouseholdChange the
// timeline shows — what changed, when, the member concerned, why a member left, the patterns after a
// re-assessment — recorded by the user's agency.
MATCH (h:Household {id: $householdId})
MATCH (a:Agency {id: $agencyId})
CREATE (change:HouseholdChange {id: $changeId, kind: $kind, date: $date, personId: $personId, reason: $reason,
                                patterns: $patterns, note: $note, recordedAt: datetime(), recordedBy: $staffId})
CREATE (h)-[:CHANGED]->(change)
CREATE (a)-[:RECORDED]->(change)
