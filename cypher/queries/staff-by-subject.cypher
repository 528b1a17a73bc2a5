// OIDC sign-in: the Staff node whose subject is the token's "sub", unless ADMIN disabled it.
MATCH (s:Staff {subject: $subject})
WHERE NOT coalesce(s.disabled, false)
RETURN s.id AS staffId, s.username AS username, null AS passwordHash, s.roles AS roles
