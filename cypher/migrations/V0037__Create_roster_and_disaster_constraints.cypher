// Roster entries (registerEvacuationNeed) and declared disasters (declareDisaster) have unique ids.
CREATE CONSTRAINT roster_entry_id IF NOT EXISTS FOR (n:RosterEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disaster_id IF NOT EXISTS FOR (n:Disaster) REQUIRE n.id IS UNIQUE;
