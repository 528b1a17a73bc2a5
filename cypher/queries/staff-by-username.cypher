// Password sign-in: the Staff node with this username, unless ADMIN disabled it.
MATCH (s:Staff {username: $username})
WHERE NOT coalesce(s.disabled, false)
RETURN s.id AS staffId, s.username AS username, s.passwordHash AS passwordHash, s.roles AS roles
