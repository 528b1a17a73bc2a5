package jp.jusou.graph.outreach;

import jp.jusou.graph.outreach.ReceivedSignals.SignalPage;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;
import jp.jusou.graph.support.Validate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code isolatedResidentsNear} (who may be isolated near an activity) and
 * {@code receivedSignals} (the agency's own signals, paged).
 */
@Controller
record OutreachListsController(IsolatedResidentsService isolatedResidents, ReceivedSignals signals,
		QueryLimits limits) {

	@QueryMapping
	@Requires(personLevel = true)
	IsolatedResidents isolatedResidentsNear(@Argument String activityId, @Argument int radiusMeters,
			@Argument Integer first, AccessSubject subject) {
		return isolatedResidents.near(subject, Arguments.id("activityId", activityId),
				Arguments.radius("radiusMeters", radiusMeters, limits.maxRadiusMeters()),
				Validate.range("first", first == null ? 50 : first, 1, limits.maxPageSize()));
	}

	@QueryMapping
	@Requires(personLevel = true)
	SignalPage receivedSignals(@Argument Integer first, @Argument String after, AccessSubject subject) {
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		return signals.page(subject, pageSize, Cursor.decode("after", ReceivedSignals.CURSOR_KIND, after));
	}

}
