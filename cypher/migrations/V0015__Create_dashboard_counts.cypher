// The dashboard's monthly counts are kept on write (fragments/dashboard.cypher): one DashboardCount per
// cell (metric, area, key, month), and one DashboardShare per counted unit (a household, a meeting)
// holding what that unit adds to each cell, so a write changes the cells by the unit's difference.
// A cell and a unit each exist once; the fiscal-year read finds its cells by month.
CREATE CONSTRAINT dashboard_count_cell IF NOT EXISTS FOR (n:DashboardCount) REQUIRE n.cell IS UNIQUE;
CREATE CONSTRAINT dashboard_share_unit IF NOT EXISTS FOR (n:DashboardShare) REQUIRE n.unit IS UNIQUE;
CREATE RANGE INDEX dashboard_count_month IF NOT EXISTS FOR (n:DashboardCount) ON (n.month);
CREATE CONSTRAINT kept_facts_rule IF NOT EXISTS FOR (n:KeptFacts) REQUIRE n.name IS UNIQUE;
