package jp.jusou.graph.consent;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Idempotency;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code recordConsent} and {@code revokeConsent}. */
@Controller
class ConsentController {

	/** The schema's {@code ConsentPayload}. */
	record ConsentPayload(Consent consent) {
	}

	private final ConsentService consents;

	private final Idempotency idempotency;

	ConsentController(ConsentService consents, Idempotency idempotency) {
		this.consents = consents;
		this.idempotency = idempotency;
	}

	@MutationMapping
	ConsentPayload recordConsent(@Argument RecordConsentInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.recordConsent");
		return idempotency.once(context, subject, "Mutation.recordConsent", ConsentPayload.class,
				() -> new ConsentPayload(consents.record(subject, input)));
	}

	@MutationMapping
	ConsentPayload revokeConsent(@Argument RevokeConsentInput input, Principal principal, GraphQLContext context) {
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead("Mutation.revokeConsent");
		return idempotency.once(context, subject, "Mutation.revokeConsent", ConsentPayload.class,
				() -> new ConsentPayload(consents.revoke(subject, input)));
	}

}
