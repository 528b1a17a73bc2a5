package jp.jusou.graph.area;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads areas and the agencies serving them. */
@Service
@Transactional(readOnly = true)
public class AreaService {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	AreaService(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	public Area byId(String id) {
		return neo4j.query(queries.get("area-by-id"))
			.bind(id)
			.to("areaId")
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("area")))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "area", id));
	}

	public List<Area> all() {
		return List.copyOf(neo4j.query(queries.get("areas"))
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("area")))
			.all());
	}

	/** Agencies serving each area, in one query for the whole batch. */
	/**
	 * Outlines of the areas that have one (public map data), in one query for the whole
	 * batch.
	 */
	public Map<String, List<GeoPoint>> outlinesOf(Collection<String> areaIds) {
		Map<String, List<GeoPoint>> outlines = new HashMap<>();
		neo4j.query(queries.get("area-outlines"))
			.bind(List.copyOf(areaIds))
			.to("areaIds")
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				outlines.put(record.get("areaId").asString(), record.get("outline").asList(GeoPoint::from));
				return null;
			})
			.all();
		return outlines;
	}

}
