package jp.jusou.graph.area;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.resource.Resource;
import jp.jusou.graph.support.NamedQueries;

import org.springframework.stereotype.Service;

/**
 * Where staff work in the community: the areas they cover (担当圏域) and the place they are
 * stationed at (配置拠点). A CSW's lists default to the areas they cover.
 */
@Service
public class StaffAreas {

	/** The areas a staff member covers and the place they are stationed at. */
	public record Placement(List<Area> areas, Resource stationedAt) {

		static final Placement NONE = new Placement(List.of(), null);

	}

	private final NamedQueries graph;

	StaffAreas(NamedQueries graph) {
		this.graph = graph;
	}

	public Placement of(String staffId) {
		if (staffId == null) {
			return Placement.NONE;
		}
		return graph.single("staff-areas", Map.of("staffId", staffId))
			.map(row -> new Placement(row.get("areas").asList(Area::from),
					row.get("stationedAt").isNull() ? null : Resource.from(row.get("stationedAt"))))
			.orElse(Placement.NONE);
	}

	/**
	 * The areas a list covers: the one asked for; every area when asked for all or when
	 * the user covers none (null); else the areas the user covers.
	 */
	public List<String> scope(String staffId, String areaId, Boolean allAreas) {
		if (areaId != null) {
			return List.of(areaId);
		}
		if (Boolean.TRUE.equals(allAreas)) {
			return null;
		}
		List<String> covered = of(staffId).areas().stream().map(Area::id).toList();
		return covered.isEmpty() ? null : covered;
	}

}
