// A case's closings and reopenings (closeCase, reopenCase) are CaseChange nodes; like every label, unique by id.
CREATE CONSTRAINT case_change_id IF NOT EXISTS FOR (n:CaseChange) REQUIRE n.id IS UNIQUE;
