package jp.jusou.graph.sessions;

import java.time.LocalDate;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.sessions.ActivitySession.ActivitySessions;
import jp.jusou.graph.sessions.ActivitySessionsService.RecordActivitySessionInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** 相談会 and other activities as held sessions, and an agency's year of community work. */
@Controller
record ActivitySessionsController(ActivitySessionsService sessions) {

	@MutationMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.AGENCY_STAFF })
	ActivitySession recordActivitySession(@Argument RecordActivitySessionInput input, AccessSubject subject) {
		return sessions.record(subject, input);
	}

	@QueryMapping
	ActivitySessions activitySessions(@Argument String activityId, @Argument LocalDate from, @Argument LocalDate to) {
		return sessions.sessions(activityId, from, to);
	}

	@QueryMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.DASHBOARD })
	CswYear cswYear(@Argument int fiscalYear, AccessSubject subject) {
		return sessions.year(subject, fiscalYear);
	}

}
