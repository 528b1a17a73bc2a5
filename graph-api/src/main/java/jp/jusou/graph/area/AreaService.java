package jp.jusou.graph.area;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads areas and the agencies serving them. */
@Service
@Transactional(readOnly = true)
public class AreaService {

	private final NamedQueries graph;

	AreaService(NamedQueries graph) {
		this.graph = graph;
	}

	public Area byId(String id) {
		return graph.query("area-by-id")
			.bind(id)
			.to("areaId")
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("area")))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "area", id));
	}

	public List<Area> all() {
		return List.copyOf(graph.query("areas")
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
		graph.query("area-outlines")
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
