package jp.jusou.graph.area;

import org.neo4j.driver.Value;

/** A planning district (日常生活圏域 / 地区). */
public record Area(String id, String name, String kind, String municipality) {

	/** Reads the area map the named queries return. */
	public static Area from(Value map) {
		if (map == null || map.isNull()) {
			return null;
		}
		return new Area(map.get("id").asString(), map.get("name").asString(), map.get("kind").asString(""),
				map.get("municipality").asString(""));
	}
}
