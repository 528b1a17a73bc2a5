package jp.jusou.graph.dashboard;

/** One aggregate; {@code value} is null when suppressed. */
public record DashboardCell(DashboardMetric metric, String areaId, String key, String month, Integer value,
		boolean suppressed) {

	public String metricLabel() {
		return metric.label();
	}
}
