// Persons kept labelled IsolationCandidate (the lasting part of "isolated", decided on every write
// that can change it) carry their home's location, so isolatedResidentsNear and the dashboard look up
// candidates near a point through this index instead of testing every household in the radius.
CREATE POINT INDEX isolation_candidate_home IF NOT EXISTS FOR (n:IsolationCandidate) ON (n.homeLocation);
