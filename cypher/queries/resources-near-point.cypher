// resourcesNear(near: {point}): resources within $radius metres of ($latitude, $longitude), of
// $kinds (null: all), with their activities ($weekday: only that day's, and only resources holding
// one). Nearest first; the point index on Resource.location serves the distance filter. Each resource and
// activity is projected as the selection asks ($resourceAsked, $activityAsked: fragments/projection.cypher);
// a resource's activities come in no order, the service sorts them (ResourceNearby: a sort here would run
// once per resource).
WITH point({latitude: $latitude, longitude: $longitude}) AS centre
MATCH (r:Resource)
WHERE point.distance(r.location, centre) <= $radius
  AND ($kinds IS NULL OR r.kind IN $kinds)
WITH r, point.distance(r.location, centre) AS distance,
     COLLECT { MATCH (act:Activity)-[:HELD_AT]->(r)
               WHERE $weekday IS NULL OR $weekday IN act.weekdays
               RETURN {{projection.activity-as-asked(act)}} AS activity } AS activities
WHERE $weekday IS NULL OR size(activities) > 0
RETURN {{projection.resource-as-asked(r)}} AS resource,
       distance, activities
ORDER BY distance, resource.id
