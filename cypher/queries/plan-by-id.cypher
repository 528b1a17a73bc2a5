// One plan with its coordinator, household and roles.
MATCH (coordinator:Agency)-[:COORDINATES]->(pl:SupportPlan {id: $planId})-[:FOR]->(h:Household)
RETURN pl {.id, .status, .goals, .needs, .created, .monitoringDate, .evaluation, householdId: h.id,
           coordinatorId: coordinator.id,
           memberIds: COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.id }} AS plan,
       COLLECT {
         MATCH (pl)-[:ASSIGNS]->(r:PlanRole)-[:TO]->(a:Agency)
         OPTIONAL MATCH (r)-[:CONCERNS]->(p:Person)
         RETURN {id: r.id, role: r.role, field: r.field, personId: p.id,
                 agency: a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
                            location: {latitude: a.location.latitude, longitude: a.location.longitude,
                                       approximate: coalesce(a.locationApproximate, false)}}}
         ORDER BY r.id
       } AS roles
