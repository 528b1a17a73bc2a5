package jp.jusou.graph.resource;

import java.util.List;
import java.util.Objects;

import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.Need;
import org.neo4j.driver.Value;

/** A community resource (社会資源). Public information, not personal data. */
public record Resource(String id, String name, String nameKana, ResourceKind kind, String address, String phone,
		GeoPoint location, String note, List<Need> offers) {

	/** Reads the resource map the named queries return. */
	public static Resource from(Value map) {
		return new Resource(map.get("id").asString(), map.get("name").asString(), map.get("nameKana").asString(null),
				ResourceKind.of(map.get("kind").asString(null)), map.get("address").asString(null),
				map.get("phone").asString(null), GeoPoint.from(map.get("location")), map.get("note").asString(null),
				map.get("offers")
					.asList(value -> Need.orNull(value.asString()), List.of())
					.stream()
					.filter(Objects::nonNull)
					.toList());
	}

	public String kindLabel() {
		return kind.label();
	}
}
