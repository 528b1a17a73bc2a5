package jp.jusou.graph.consent;

import java.util.List;

import jp.jusou.graph.consent.HeldConsents.HeldConsent;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.QueryLimits;
import jp.jusou.graph.support.Validate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code consents}: what the user's agency holds, one person's or those about to end. */
@Controller
record HeldConsentsController(HeldConsents consents, QueryLimits limits) {

	@QueryMapping
	@Requires(personLevel = true)
	List<HeldConsent> consents(@Argument String personId, @Argument Integer endingWithinDays, @Argument Integer first,
			AccessSubject subject) {
		String person = personId == null ? null : Validate.id("personId", personId);
		Integer within = endingWithinDays == null ? null : Validate.range("endingWithinDays", endingWithinDays, 0, 365);
		if (person == null && within == null) {
			within = 30;
		}
		return consents.list(subject, person, within,
				Validate.range("first", first == null ? 50 : first, 1, limits.maxPageSize()));
	}

}
