package jp.jusou.graph.agency;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Field;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code agency}, {@code agencies} and {@code Agency.areas}. */
@Controller
record AgencyController(AgencyService agencies) {

	@QueryMapping
	Agency agency(@Argument String id) {
		return agencies.byId(Arguments.id("id", id));
	}

	@QueryMapping
	List<Agency> agencies(@Argument Field field, @Argument String areaId) {
		return agencies.list(field, areaId == null ? null : Arguments.id("areaId", areaId));
	}

	@BatchMapping(typeName = "Area", field = "agencies")
	Map<Area, List<Agency>> agencies(List<Area> sources) {
		Map<String, List<Agency>> byId = agencies.agenciesOf(sources.stream().map(Area::id).distinct().toList());
		return sources.stream()
			.distinct()
			.collect(Collectors.toMap(area -> area, area -> byId.getOrDefault(area.id(), List.of())));
	}

	@BatchMapping
	Map<Agency, List<Area>> areas(List<Agency> sources) {
		Map<String, List<Area>> byId = agencies.areasOf(sources.stream().map(Agency::id).distinct().toList());
		return sources.stream()
			.distinct()
			.collect(Collectors.toMap(agency -> agency, agency -> byId.getOrDefault(agency.id(), List.of())));
	}

}
