// ADMIN staff mutations, before writing: whether the staff member exists, whether a username or an
// identity provider subject is already taken, whether the agency exists (null parameters: not asked).
OPTIONAL MATCH (target:Staff {id: $staffId})
RETURN target IS NOT NULL AS staffExists,
       $username IS NOT NULL AND EXISTS { MATCH (:Staff {username: $username}) } AS usernameTaken,
       $subject IS NOT NULL AND EXISTS { MATCH (:Staff {subject: $subject}) } AS subjectTaken,
       $agencyId IS NULL OR EXISTS { MATCH (:Agency {id: $agencyId}) } AS agencyExists
