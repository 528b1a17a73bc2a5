package jp.jusou.graph.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The aggregates of one fiscal year, already suppressed, and when they were counted (ISO
 * 8601).
 */
public record Dashboard(int fiscalYear, LocalDate from, LocalDate to, int suppressionThreshold,
		List<DashboardCell> allCells, List<TargetProgress> targets, String computedAt) {

	/** The schema's {@code TargetProgress}. */
	public record TargetProgress(String name, int target, Integer actual, boolean suppressed, Double ratio) {
	}
}
