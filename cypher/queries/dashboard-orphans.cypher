// Shares whose unit is gone (a household, meeting or resource deleted outside the service, e.g. by a
// clean-up script): what they added is taken off the cells and the share removed. Run before
// dashboard-rebuild.
MATCH (s:DashboardShare)
WHERE NOT EXISTS { (s)-[:SHARE_OF]->() }
CALL (s) {
  SET s.cells = coalesce(s.cells, [])
  WITH s
  CALL (s) {
    WITH s, [] AS cells
    {{dashboard.apply}}
  }
  DETACH DELETE s
} IN TRANSACTIONS OF 1000 ROWS
RETURN count(s) AS removed
