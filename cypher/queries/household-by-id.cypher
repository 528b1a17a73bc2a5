// household(id): the household, its area, and the reader's standing towards it (the access facts
// that AccessPolicy decides on). $staffId is the signed-in user; $householdId the argument.
// The access facts start from the household (a few relationships) and compare the reader's agency by id:
// starting from the agency, a hub with thousands of plans and meetings, cost 15x more at 100k persons.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN h {.id, .patterns,
          location: {latitude: h.location.latitude, longitude: h.location.longitude,
                     approximate: coalesce(h.locationApproximate, false)}} AS household,
       area {.id, .name, .kind, .municipality} AS area,
       {
         agencyId: me.id,
         memberIds: COLLECT { MATCH (x:Person)-[:MEMBER_OF]->(h) RETURN x.id AS id ORDER BY id },
         ownCasePersonIds: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(holder:Agency)
                                     WHERE holder.id = me.id RETURN DISTINCT x.id AS id },
         ownHouseholdInvolvement: me.id IN COLLECT { MATCH (h)<-[:TO]-(:Visit)<-[:MADE_VISIT]-(visitor:Agency) RETURN visitor.id AS id }
                                  OR me.id IN COLLECT { MATCH (h)<-[:FOR]-(:SupportPlan)<-[:COORDINATES]-(coordinator:Agency)
                                                        RETURN coordinator.id AS id }
                                  OR me.id IN COLLECT { MATCH (h)<-[:FOR]-(:SupportPlan)-[:ASSIGNS]->(:PlanRole)-[:TO]->(holder:Agency)
                                                        RETURN holder.id AS id },
         supportMeetingIds: COLLECT { MATCH (h)<-[:DISCUSSED]-(sm:Meeting {kind: 'SUPPORT_MEETING'})<-[:ATTENDED]-(member:Agency)
                                      WHERE member.id = me.id RETURN sm.id AS id ORDER BY sm.date, id },
         consents: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:SUBJECT]-(c:Consent)
                             WHERE EXISTS { (c)-[:GRANTS_TO]->(grantee:Agency) WHERE grantee.id = me.id }
                                OR (c.meetingParticipants AND me.id IN COLLECT {
                                      MATCH (h)<-[:DISCUSSED]-(:Meeting {kind: 'MULTI_LAYER_MEETING'})<-[:ATTENDED]-(participant:Agency)
                                      RETURN participant.id AS id })
                             RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                       subjectId: x.id} AS consent ORDER BY consent.id }
       } AS access
