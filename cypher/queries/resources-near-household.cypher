// resourcesNear(near: {householdId}): as resources-near-point, centred on a household's home, with
// the reader's access facts for that household: the service answers only if AccessPolicy finds a
// basis for one of its members, because the distances reveal where the household lives. Resources and
// activities are projected as the selection asks ($resourceAsked, $activityAsked), the activities in no
// order (the service sorts them, as for resources-near-point).
// The access facts are the section "facts" of fragments/access.cypher (from the household
// side, comparing the reader's agency by id): the rules are stated there once, decided by AccessPolicy.
MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
RETURN {{access.facts}} AS access,
       COLLECT {
         MATCH (r:Resource)
         WHERE point.distance(r.location, h.location) <= $radius
           AND ($kinds IS NULL OR r.kind IN $kinds)
         WITH r, point.distance(r.location, h.location) AS distance,
              COLLECT { MATCH (act:Activity)-[:HELD_AT]->(r)
                        WHERE $weekday IS NULL OR $weekday IN act.weekdays
                        RETURN {{projection.activity-as-asked(act)}} AS activity } AS activities
         WHERE $weekday IS NULL OR size(activities) > 0
         RETURN {resource: {{projection.resource-as-asked(r)}},
                 distance: distance, activities: activities} AS nearby
         ORDER BY nearby.distance, nearby.resource.id
       } AS resources
