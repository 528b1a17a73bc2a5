// New labels, each unique by id like every label: members of a meeting who are not agencies
// (民生委員, 司法書士, 警察, 本人), household changes (a member added or gone, a move, patterns
// re-assessed) and assessments (アセスメント) a plan refers to.
CREATE CONSTRAINT meeting_member_id IF NOT EXISTS FOR (n:MeetingMember) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT household_change_id IF NOT EXISTS FOR (n:HouseholdChange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
