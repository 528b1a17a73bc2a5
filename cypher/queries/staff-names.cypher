// The names of staff members by id (an audit trail names who read, not only their login).
MATCH (s:Staff) WHERE s.id IN $staffIds
RETURN s.id AS id, s.name AS name
