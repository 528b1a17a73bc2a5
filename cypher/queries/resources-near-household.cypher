// resourcesNear(near: {householdId}): as resources-near-point, centred on a household's home, with
// the reader's access facts for that household: the service answers only if AccessPolicy finds a
// basis for one of its members, because the distances reveal where the household lives.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {
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
       } AS access,
       COLLECT {
         MATCH (r:Resource)
         WHERE point.distance(r.location, h.location) <= $radius
           AND ($kinds IS NULL OR r.kind IN $kinds)
         WITH r, point.distance(r.location, h.location) AS distance,
              COLLECT { MATCH (act:Activity)-[:HELD_AT]->(r)
                        WHERE $weekday IS NULL OR $weekday IN act.weekdays
                        RETURN act {.id, .name, .weekdays, .startTime, .endTime, .targetAgeMin, .targetAgeMax} AS activity
                        ORDER BY activity.startTime, activity.id } AS activities
         WHERE $weekday IS NULL OR size(activities) > 0
         RETURN {resource: r {.id, .name, .nameKana, .kind, .address, .phone, .note,
                              location: {latitude: r.location.latitude, longitude: r.location.longitude,
                                         approximate: coalesce(r.locationApproximate, false)}},
                 distance: distance, activities: activities} AS nearby
         ORDER BY nearby.distance, nearby.resource.id
       } AS resources
