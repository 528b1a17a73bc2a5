package jp.jusou.graph.consent;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code recordConsent} and {@code revokeConsent}. */
@Controller
record ConsentController(ConsentService consents) {

	/** The schema's {@code ConsentPayload}. */
	record ConsentPayload(Consent consent) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	ConsentPayload recordConsent(@Argument RecordConsentInput input, AccessSubject subject) {
		return new ConsentPayload(consents.record(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ConsentPayload revokeConsent(@Argument RevokeConsentInput input, AccessSubject subject) {
		return new ConsentPayload(consents.revoke(subject, input));
	}

}
