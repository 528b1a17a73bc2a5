// createStaff, after the rules were checked: a new staff account at its agency. $passwordHash is a bcrypt
// hash or null (sign-in through the identity provider only); $subject is the OIDC "sub" or null.
MATCH (a:Agency {id: $agencyId})
CREATE (s:Staff {id: $staffId, username: $username, name: $name, roles: $roles, passwordHash: $passwordHash,
                 subject: $subject, disabled: false, fictional: false, createdAt: datetime(), createdBy: $adminId})
CREATE (s)-[:WORKS_AT]->(a)
