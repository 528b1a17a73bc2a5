package jp.jusou.graph.resource;

import java.util.List;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.resource.ResourceInputs.ActivityInput;
import jp.jusou.graph.resource.ResourceInputs.ResourceInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Editing resources and activities (CSW, COORDINATOR, ADMIN), and {@code resourceGaps}.
 */
@Controller
record ResourceEditController(ResourceEditService resources) {

	@MutationMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.ADMIN })
	Resource createResource(@Argument ResourceInput input, AccessSubject subject) {
		return resources.saveResource(subject, null, input);
	}

	@MutationMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.ADMIN })
	Resource updateResource(@Argument String id, @Argument ResourceInput input, AccessSubject subject) {
		return resources.saveResource(subject, id, input);
	}

	@MutationMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.ADMIN })
	Activity createActivity(@Argument ActivityInput input, AccessSubject subject) {
		return resources.saveActivity(subject, null, input);
	}

	@MutationMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR, Role.ADMIN })
	Activity updateActivity(@Argument String id, @Argument ActivityInput input, AccessSubject subject) {
		return resources.saveActivity(subject, id, input);
	}

	@QueryMapping
	@Requires(anyRole = { Role.CSW, Role.COORDINATOR })
	List<ResourceGap> resourceGaps(@Argument String areaId, @Argument Integer withinMeters, AccessSubject subject) {
		return resources.gaps(areaId, withinMeters);
	}

}
