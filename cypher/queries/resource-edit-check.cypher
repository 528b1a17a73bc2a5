// Before a resource or activity write: which of the named things exist.
RETURN EXISTS { MATCH (:Resource {id: $resourceId}) } AS resourceExists,
       EXISTS { MATCH (:Activity {id: $activityId}) } AS activityExists,
       EXISTS { MATCH (:Area {id: $areaId}) } AS areaExists,
       EXISTS { MATCH (:Agency {id: $operatorAgencyId}) } AS operatorExists,
       COLLECT { MATCH (:Activity {id: $activityId})-[:HELD_AT]->(r:Resource) RETURN r.id }[0] AS activityResourceId
