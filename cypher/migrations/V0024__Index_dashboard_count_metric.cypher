// The dashboard reads the cells that have no month — resources, activities (kept per resource) and the
// isolation candidates by birth year — by their metric, not by scanning every DashboardCount.
CREATE RANGE INDEX dashboard_count_metric IF NOT EXISTS FOR (n:DashboardCount) ON (n.metric);
