// resourcesNear(near: {householdId}): as resources-near-point, centred on a household's home, with
// the reader's access facts for that household: the service answers only if AccessPolicy finds a
// basis for one of its members, because the distances reveal where the household lives.
// The access facts start from the household (a few relationships) and compare the reader's agency by id:
// starting from the agency, a hub with thousands of plans and meetings, cost 15x more at 100k persons.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {
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
       } AS access,
       COLLECT {
         MATCH (r:Resource)
         WHERE point.distance(r.location, h.location) <= $radius
           AND ($kinds IS NULL OR r.kind IN $kinds)
         WITH r, point.distance(r.location, h.location) AS distance,
              COLLECT { MATCH (act:Activity)-[:HELD_AT]->(r)
                        WHERE $weekday IS NULL OR $weekday IN act.weekdays
                        RETURN act {.id, .name, .weekdays, .rrule, .startTime, .endTime, .targetAgeMin, .targetAgeMax, .capacity, .offers, .description} AS activity
                        ORDER BY activity.startTime, activity.id } AS activities
         WHERE $weekday IS NULL OR size(activities) > 0
         RETURN {resource: r {.id, .name, .nameKana, .kind, .address, .phone, .note, .offers,
                              location: {latitude: r.location.latitude, longitude: r.location.longitude,
                                         approximate: coalesce(r.locationApproximate, false)}},
                 distance: distance, activities: activities} AS nearby
         ORDER BY nearby.distance, nearby.resource.id
       } AS resources
