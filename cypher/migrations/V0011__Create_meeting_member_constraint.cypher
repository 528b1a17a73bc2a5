// Members of a meeting who are not agencies (民生委員, 司法書士, 警察, 本人) are MeetingMember nodes; like
// every label, unique by id.
CREATE CONSTRAINT meeting_member_id IF NOT EXISTS FOR (n:MeetingMember) REQUIRE n.id IS UNIQUE;
