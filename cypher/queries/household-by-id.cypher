// household(id): the household, its area, and the reader's standing towards it (the access facts
// that AccessPolicy decides on). $staffId is the signed-in user; $householdId the argument.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h {.id, .patterns,
          location: {latitude: h.location.latitude, longitude: h.location.longitude,
                     approximate: coalesce(h.locationApproximate, false)}} AS household,
       area {.id, .name, .kind, .municipality} AS area,
       {
         agencyId: me.id,
         memberIds: COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.id AS id ORDER BY id },
         ownCasePersonIds: COLLECT { MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(p:Person)-[:MEMBER_OF]->(h) RETURN DISTINCT p.id AS id },
         ownHouseholdInvolvement: EXISTS { (me)-[:MADE_VISIT]->(:Visit)-[:TO]->(h) }
                                  OR EXISTS { (me)-[:COORDINATES]->(:SupportPlan)-[:FOR]->(h) }
                                  OR EXISTS { (me)<-[:TO]-(:PlanRole)<-[:ASSIGNS]-(:SupportPlan)-[:FOR]->(h) },
         supportMeetingIds: COLLECT { MATCH (me)-[:ATTENDED]->(m:Meeting {kind: 'SUPPORT_MEETING'})-[:DISCUSSED]->(h)
                                      RETURN m.id AS id ORDER BY m.date, id },
         consents: COLLECT { MATCH (c:Consent)-[:SUBJECT]->(p:Person)-[:MEMBER_OF]->(h)
                             WHERE EXISTS { (c)-[:GRANTS_TO]->(me) }
                                OR (c.meetingParticipants AND EXISTS {
                                      (me)-[:ATTENDED]->(:Meeting {kind: 'MULTI_LAYER_MEETING'})-[:DISCUSSED]->(h) })
                             RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                       subjectId: p.id} AS consent ORDER BY consent.id }
       } AS access
