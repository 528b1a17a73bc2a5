package jp.jusou.graph.area;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.GeoPoint;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code area}, {@code areas}, {@code Area.agencies} and {@code Area.outline}. */
@Controller
record AreaController(AreaService areaService) {

	@QueryMapping
	Area area(@Argument String id) {
		return areaService.byId(Arguments.id("id", id));
	}

	@QueryMapping
	List<Area> areas() {
		return areaService.all();
	}

	@BatchMapping(typeName = "Area", field = "outline")
	Map<Area, List<GeoPoint>> outline(List<Area> sources) {
		Map<String, List<GeoPoint>> byId = areaService.outlinesOf(sources.stream().map(Area::id).distinct().toList());
		return sources.stream()
			.distinct()
			.collect(Collectors.toMap(area -> area, area -> byId.getOrDefault(area.id(), List.of())));
	}

}
