package jp.jusou.graph.dashboard;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param suppressionThreshold counts from 1 to below this are suppressed
 * @param targets annual targets, e.g. from the municipality's 実施計画
 * @param cacheTtl how long a fiscal year's dashboard is kept before it is counted again
 * (0: every request)
 */
@ConfigurationProperties("jusou.dashboard")
public record DashboardProperties(@DefaultValue("5") int suppressionThreshold, @DefaultValue List<Target> targets,
		@DefaultValue("0s") Duration cacheTtl) {

	/**
	 * @param name what users read, e.g. 地域ケア会議開催回数
	 * @param metric the metric it is measured by
	 * @param key the field or kind within the metric, or null for all
	 * @param annual the target for one fiscal year
	 */
	public record Target(String name, DashboardMetric metric, String key, int annual) {
	}
}
