package jp.jusou.graph.consent;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Idempotency;
import jp.jusou.graph.request.Requires;

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
	@Requires(personLevel = true)
	ConsentPayload recordConsent(@Argument RecordConsentInput input, AccessSubject subject) {
		return idempotency.once(subject, ConsentPayload.class,
				() -> new ConsentPayload(consents.record(subject, input)));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ConsentPayload revokeConsent(@Argument RevokeConsentInput input, AccessSubject subject) {
		return idempotency.once(subject, ConsentPayload.class,
				() -> new ConsentPayload(consents.revoke(subject, input)));
	}

}
