// createActivity / updateActivity: one activity and the resource it is held at.
MATCH (r:Resource {id: $resourceId})
MERGE (act:Activity {id: $activityId})
SET act.name = $name, act.rrule = $rrule, act.weekdays = $weekdays, act.startDate = $startDate,
    act.startTime = $startTime,
    act.endTime = $endTime, act.targetAgeMin = $targetAgeMin, act.targetAgeMax = $targetAgeMax,
    act.capacity = $capacity, act.offers = $offers, act.description = $description,
    act.updatedAt = datetime(), act.updatedBy = $staffId
MERGE (act)-[:HELD_AT]->(r)
RETURN {{projection.activity(act)}} AS activity
