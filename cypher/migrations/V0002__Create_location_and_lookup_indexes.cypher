// Point indexes serve point.distance(...) <= radius in resourcesNear and isolatedResidentsNear.
CREATE POINT INDEX household_location IF NOT EXISTS FOR (n:Household) ON (n.location);
CREATE POINT INDEX resource_location IF NOT EXISTS FOR (n:Resource) ON (n.location);
CREATE POINT INDEX agency_location IF NOT EXISTS FOR (n:Agency) ON (n.location);
CREATE POINT INDEX signal_location IF NOT EXISTS FOR (n:Signal) ON (n.location);
// Lookups used by agencies(field) and resourcesNear(kinds), and by meeting-basis checks.
CREATE INDEX agency_field IF NOT EXISTS FOR (n:Agency) ON (n.field);
CREATE INDEX resource_kind IF NOT EXISTS FOR (n:Resource) ON (n.kind);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX case_status IF NOT EXISTS FOR (n:Case) ON (n.status);
