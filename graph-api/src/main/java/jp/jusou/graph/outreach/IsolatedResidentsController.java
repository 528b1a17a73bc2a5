package jp.jusou.graph.outreach;

import jp.jusou.graph.request.Requires;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.QueryLimits;
import jp.jusou.graph.support.Validate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code isolatedResidentsNear}. */
@Controller
class IsolatedResidentsController {

	private final IsolatedResidentsService isolatedResidents;

	private final QueryLimits limits;

	IsolatedResidentsController(IsolatedResidentsService isolatedResidents, QueryLimits limits) {
		this.isolatedResidents = isolatedResidents;
		this.limits = limits;
	}

	@QueryMapping
	@Requires(personLevel = true)
	IsolatedResidents isolatedResidentsNear(@Argument String activityId, @Argument int radiusMeters,
			@Argument Integer first, AccessSubject subject) {
		return isolatedResidents.near(subject, Arguments.id("activityId", activityId),
				Arguments.radius("radiusMeters", radiusMeters, limits.maxRadiusMeters()),
				Validate.range("first", first == null ? 50 : first, 1, limits.maxPageSize()));
	}

}
