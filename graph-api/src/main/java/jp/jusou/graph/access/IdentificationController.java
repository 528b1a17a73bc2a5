package jp.jusou.graph.access;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.PersonIdentification.IdentifiedPerson;
import jp.jusou.graph.access.PersonIdentification.IdentifyPersonInput;
import jp.jusou.graph.support.Idempotency;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code identifyPerson}: the id of the person in front of a window. */
@Controller
class IdentificationController {

	private final PersonIdentification identification;

	private final Idempotency idempotency;

	IdentificationController(PersonIdentification identification, Idempotency idempotency) {
		this.identification = identification;
		this.idempotency = idempotency;
	}

	@MutationMapping
	IdentifiedPerson identifyPerson(@Argument IdentifyPersonInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context)
			.requirePersonLevelRead("Mutation.identifyPerson");
		return idempotency.once(context, subject, "Mutation.identifyPerson", IdentifiedPerson.class,
				() -> identification.identify(subject, input));
	}

}
