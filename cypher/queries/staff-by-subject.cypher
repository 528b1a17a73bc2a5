// OIDC sign-in: the Staff node whose subject is the token's "sub".
MATCH (s:Staff {subject: $subject})
RETURN s.id AS staffId, s.username AS username, null AS passwordHash, s.roles AS roles
