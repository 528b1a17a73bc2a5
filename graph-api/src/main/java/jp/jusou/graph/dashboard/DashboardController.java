package jp.jusou.graph.dashboard;

import java.util.List;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code dashboard}, for the DASHBOARD and COORDINATOR roles. */
@Controller
record DashboardController(DashboardService dashboards, DashboardCache cache) {

	@QueryMapping
	@Requires(anyRole = { Role.DASHBOARD, Role.COORDINATOR })
	Dashboard dashboard(@Argument int fiscalYear, AccessSubject subject) {
		if (fiscalYear < 2021 || fiscalYear > 2100) {
			throw new InvalidArgumentException("fiscalYear", "range",
					"must be between 2021 (the first year of 重層的支援体制整備事業) and 2100, was " + fiscalYear
							+ " (年度は2021〜2100で指定してください)");
		}
		return cache.get(fiscalYear, dashboards::forFiscalYear);
	}

	@SchemaMapping(typeName = "Dashboard")
	List<DashboardCell> cells(Dashboard dashboard, @Argument DashboardMetric metric) {
		return metric == null ? dashboard.allCells()
				: dashboard.allCells().stream().filter(cell -> cell.metric() == metric).toList();
	}

}
