// The dashboard's isolated residents are the kept isolation candidates less those whose household was
// visited lately (dashboard.cypher): the visits since a date are found by this index.
CREATE RANGE INDEX visit_date IF NOT EXISTS FOR (n:Visit) ON (n.date);
