package jp.jusou.graph.agency;

import java.util.List;

import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.GeoPoint;
import org.neo4j.driver.Value;

/** A support agency (支援関係機関). Public information, not personal data. */
public record Agency(String id, String name, String nameKana, Field field, List<Integer> components,
		Operation operation, String address, String phone, GeoPoint location) {

	/** The statutory component of the 多機関協働 body (第5号). */
	public static final int COORDINATION_COMPONENT = 5;

	private static final List<String> COMPONENT_LABELS = List.of("包括的相談支援", "参加支援", "地域づくり", "アウトリーチ等を通じた継続的支援",
			"多機関協働", "支援プラン作成");

	/** Reads the agency map the named queries return. */
	public static Agency from(Value map) {
		if (map == null || map.isNull()) {
			return null;
		}
		return new Agency(map.get("id").asString(), map.get("name").asString(), map.get("nameKana").asString(null),
				Field.of(map.get("field").asString(null)), map.get("components").asList(Value::asInt, List.of()),
				map.get("operation").isNull() ? null : Operation.valueOf(map.get("operation").asString()),
				map.get("address").asString(null), map.get("phone").asString(null), GeoPoint.from(map.get("location")));
	}

	public String fieldLabel() {
		return field.label();
	}

	public List<String> componentLabels() {
		return components.stream()
			.filter(number -> number >= 1 && number <= COMPONENT_LABELS.size())
			.map(number -> "第" + number + "号 " + COMPONENT_LABELS.get(number - 1))
			.toList();
	}

	public String operationLabel() {
		return operation == null ? null : operation.label();
	}
}
