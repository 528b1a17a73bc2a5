// Password sign-in: the Staff node with this username.
MATCH (s:Staff {username: $username})
RETURN s.id AS staffId, s.username AS username, s.passwordHash AS passwordHash, s.roles AS roles
