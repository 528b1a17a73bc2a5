// recordConsent, before writing: the subject's household, whether the grantor lives in it, and
// which of the given grantee ids are agencies.
OPTIONAL MATCH (subject:Person {id: $subjectId})-[:MEMBER_OF]->(h:Household)
RETURN subject IS NOT NULL AS subjectExists,
       h.id AS householdId,
       $grantorId IS NULL OR EXISTS { (:Person {id: $grantorId})-[:MEMBER_OF]->(h) } AS grantorInHousehold,
       [granteeId IN $grantees WHERE NOT EXISTS { (:Agency {id: granteeId}) }] AS unknownGrantees
