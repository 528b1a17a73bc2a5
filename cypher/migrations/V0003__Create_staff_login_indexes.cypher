// Sign-in looks staff up by username (password) or by the identity provider's subject (OIDC).
CREATE CONSTRAINT staff_username IF NOT EXISTS FOR (n:Staff) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT staff_subject IF NOT EXISTS FOR (n:Staff) REQUIRE n.subject IS UNIQUE;
