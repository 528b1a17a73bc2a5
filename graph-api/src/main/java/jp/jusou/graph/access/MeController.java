package jp.jusou.graph.access;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.area.StaffAreas;
import jp.jusou.graph.resource.Resource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import java.util.List;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.request.AccessSubject;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code me}: who the signed-in user is in the graph, and where they work in the
 * community.
 */
@Controller
record MeController(AgencyService agencies, StaffAreas staffAreas) {

	/** The signed-in user as the schema's {@code Me} type. */
	record Me(String username, String staffId, String staffName, Agency agency, List<String> roles, String purpose) {
	}

	@QueryMapping
	Me me(AccessSubject subject) {
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		return new Me(subject.username(), subject.staffId(), membership == null ? null : membership.staffName(),
				membership == null ? null : membership.agency(),
				subject.roles().stream().map(Enum::name).sorted().toList(),
				subject.purpose() == null ? null : subject.purpose().name());
	}

	@SchemaMapping(typeName = "Me", field = "areas")
	List<Area> areas(Me me) {
		return staffAreas.of(me.staffId()).areas();
	}

	@SchemaMapping(typeName = "Me", field = "stationedAt")
	Resource stationedAt(Me me) {
		return staffAreas.of(me.staffId()).stationedAt();
	}

}
