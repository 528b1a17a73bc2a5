package jp.jusou.graph.evacuation;

import java.util.List;

import jp.jusou.graph.evacuation.Roster.DeclareDisasterInput;
import jp.jusou.graph.evacuation.Roster.Disaster;
import jp.jusou.graph.evacuation.Roster.EndDisasterInput;
import jp.jusou.graph.evacuation.Roster.EvacuationRoster;
import jp.jusou.graph.evacuation.Roster.RegisterEvacuationNeedInput;
import jp.jusou.graph.evacuation.Roster.RosterEntry;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The 避難行動要支援者名簿 and the disasters that open it without consent. */
@Controller
record EvacuationController(EvacuationRosterService roster) {

	@QueryMapping
	@Requires(personLevel = true)
	EvacuationRoster evacuationRoster(@Argument String areaId, AccessSubject subject) {
		return roster.roster(subject, areaId);
	}

	@QueryMapping
	List<Disaster> disasters() {
		return roster.disasters();
	}

	@MutationMapping
	@Requires(personLevel = true, anyRole = Role.COORDINATOR)
	RosterEntry registerEvacuationNeed(@Argument RegisterEvacuationNeedInput input, AccessSubject subject) {
		return roster.register(subject, input);
	}

	@MutationMapping
	@Requires(anyRole = Role.COORDINATOR)
	Disaster declareDisaster(@Argument DeclareDisasterInput input, AccessSubject subject) {
		return roster.declare(subject, input);
	}

	@MutationMapping
	@Requires(anyRole = Role.COORDINATOR)
	Disaster endDisaster(@Argument EndDisasterInput input, AccessSubject subject) {
		return roster.end(subject, input);
	}

}
