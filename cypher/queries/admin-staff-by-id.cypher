// A staff account as ADMIN reads it: never the password hash, only whether one is set.
MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (s)-[:WORKS_AT]->(a:Agency)
RETURN s {.id, .username, .name, .roles, .subject, .disabledReason, disabled: coalesce(s.disabled, false),
          passwordSignIn: s.passwordHash IS NOT NULL,
          agency: {{projection.agency(a)}}} AS staff
