// me: the staff member and the agency they work at.
MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (s)-[:WORKS_AT]->(a:Agency)
RETURN s.name AS staffName,
       {{projection.agency(a)}} AS agency
