package jp.jusou.graph.ties;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.ties.SupportMapService.SupportMap;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code supportMap}: an area's 支えあいマップ as GeoJSON. */
@Controller
record SupportMapController(SupportMapService supportMaps) {

	@QueryMapping
	@Requires(personLevel = true)
	SupportMap supportMap(@Argument String areaId, AccessSubject subject) {
		return supportMaps.of(subject, areaId);
	}

}
