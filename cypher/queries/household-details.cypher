// Household.members and Household.agencies for households that came without them (the batch loaders;
// household(id) reads them with the household itself, household-by-id): the members of each of
// $memberHouseholdIds and the involvements of each of $householdIds, as fragments/household.cypher
// states them. Either list may be empty.
RETURN COLLECT {
         UNWIND $memberHouseholdIds AS householdId
         MATCH (h:Household {id: householdId})
         {{household.members}}
       } AS members,
       COLLECT {
         UNWIND $householdIds AS householdId
         MATCH (h:Household {id: householdId})
         {{household.involvements}}
       } AS involvements
