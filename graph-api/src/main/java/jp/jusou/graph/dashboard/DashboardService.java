package jp.jusou.graph.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts by area, key and month in one query — cells kept on write, isolated residents
 * from the kept candidates less those visited lately (dashboard.cypher) — then small-cell
 * suppression of counts derived from persons (public things — resources, activities,
 * meetings held — are shown): a count from 1 to below the threshold leaves this service
 * only as "suppressed". Only the finest grid is published (no totals next to it), so
 * suppressed cells cannot be recovered by subtraction.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private record RawCell(DashboardMetric metric, String areaId, String key, String month, long value) {
	}

	private final NamedQueries graph;

	private final DashboardProperties properties;

	private final QueryLimits limits;

	private final Clock clock;

	DashboardService(NamedQueries graph, DashboardProperties properties, QueryLimits limits, Clock clock) {
		this.graph = graph;
		this.properties = properties;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Fiscal year {@code fiscalYear} runs from April 1 of that year to March 31 of the
	 * next (年度).
	 */
	public Dashboard forFiscalYear(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		LocalDate to = from.plusYears(1).minusDays(1);
		LocalDate today = LocalDate.now(clock);
		List<RawCell> raw = List.copyOf(graph.query("dashboard")
			.bindAll(Map.of("fromMonth", YearMonth.from(from).toString(), "toMonth", YearMonth.from(to).toString(),
					"year", today.getYear(), "minimumAge", limits.isolationMinimumAge(), "withdrawnMinimumAge",
					limits.isolationWithdrawnMinimumAge(), "visitSince", today.minusDays(limits.isolationVisitDays())))
			.fetchAs(RawCell.class)
			.mappedBy((types, record) -> new RawCell(DashboardMetric.valueOf(record.get("metric").asString()),
					record.get("areaId").asString(null), record.get("key").asString(null),
					record.get("month").asString(null), record.get("value").asLong()))
			.all());
		int threshold = properties.suppressionThreshold();
		List<DashboardCell> cells = raw.stream()
			.map(cell -> suppressed(cell.metric(), cell.value(), threshold)
					? new DashboardCell(cell.metric(), cell.areaId(), cell.key(), cell.month(), null, true)
					: new DashboardCell(cell.metric(), cell.areaId(), cell.key(), cell.month(),
							Math.toIntExact(cell.value()), false))
			.toList();
		List<Dashboard.TargetProgress> targets = new ArrayList<>();
		for (DashboardProperties.Target target : properties.targets()) {
			long actual = raw.stream()
				.filter(cell -> cell.metric() == target.metric()
						&& (target.key() == null || Objects.equals(target.key(), cell.key())))
				.mapToLong(RawCell::value)
				.sum();
			boolean hidden = suppressed(target.metric(), actual, threshold);
			targets.add(new Dashboard.TargetProgress(target.name(), target.annual(),
					hidden ? null : Math.toIntExact(actual), hidden,
					hidden || target.annual() == 0 ? null : Math.round(actual * 1000.0 / target.annual()) / 1000.0));
		}
		return new Dashboard(fiscalYear, from, to, threshold, cells, targets, Instant.now().toString());
	}

	static boolean suppressed(DashboardMetric metric, long value, int threshold) {
		return metric.personDerived() && value >= 1 && value < threshold;
	}

}
