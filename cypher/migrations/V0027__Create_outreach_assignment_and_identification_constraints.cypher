// Outreach assignments (assignOutreach) and identifications at a window (identifyPerson) have unique ids.
CREATE CONSTRAINT outreach_assignment_id IF NOT EXISTS FOR (n:OutreachAssignment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identification_id IF NOT EXISTS FOR (n:Identification) REQUIRE n.id IS UNIQUE;
