package jp.jusou.graph.resource;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.access.Role;
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
class ResourceEditController {

	static final Set<Role> EDITORS = Set.of(Role.CSW, Role.COORDINATOR, Role.ADMIN);

	private final ResourceEditService resources;

	ResourceEditController(ResourceEditService resources) {
		this.resources = resources;
	}

	@MutationMapping
	Resource createResource(@Argument ResourceInput input, Principal principal, GraphQLContext context) {
		return resources.saveResource(editor(principal, context, "Mutation.createResource"), null, input);
	}

	@MutationMapping
	Resource updateResource(@Argument String id, @Argument ResourceInput input, Principal principal,
			GraphQLContext context) {
		return resources.saveResource(editor(principal, context, "Mutation.updateResource"), id, input);
	}

	@MutationMapping
	Activity createActivity(@Argument ActivityInput input, Principal principal, GraphQLContext context) {
		return resources.saveActivity(editor(principal, context, "Mutation.createActivity"), null, input);
	}

	@MutationMapping
	Activity updateActivity(@Argument String id, @Argument ActivityInput input, Principal principal,
			GraphQLContext context) {
		return resources.saveActivity(editor(principal, context, "Mutation.updateActivity"), id, input);
	}

	@QueryMapping
	List<ResourceGap> resourceGaps(@Argument String areaId, @Argument Integer withinMeters, Principal principal,
			GraphQLContext context) {
		AccessSubject.from(principal, context).requireAnyRole(Set.of(Role.CSW, Role.COORDINATOR), "resourceGaps");
		return resources.gaps(areaId, withinMeters);
	}

	private static AccessSubject editor(Principal principal, GraphQLContext context, String field) {
		return AccessSubject.from(principal, context).requireAnyRole(EDITORS, field);
	}

}
