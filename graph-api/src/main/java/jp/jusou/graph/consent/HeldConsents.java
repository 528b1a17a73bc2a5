package jp.jusou.graph.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;

import org.springframework.stereotype.Service;

/**
 * {@code consents}: the consents the user's agency holds — it recorded them and keeps the
 * 同意書, or they name it as a grantee (002: the 同意書 names who receives the data) — one
 * person's, or the permits whose period ends within some days, so that the window asks
 * again before sharing stops.
 */
@Service
public record HeldConsents(NamedQueries graph, AccessFacts access, Clock clock) {

	/** One consent as its holder reads it (the schema's {@code HeldConsent}). */
	public record HeldConsent(Consent consent, String householdId, boolean recordedHere, Integer daysLeft) {
	}

	public List<HeldConsent> list(AccessSubject subject, String personId, Integer endingWithinDays, int limit) {
		LocalDate today = LocalDate.now(clock);
		LocalDate until = endingWithinDays == null ? null : today.plusDays(endingWithinDays);
		List<HeldConsent> consents = List.copyOf(graph.query("consents-held")
			.bindAll(Parameters.of("staffId", subject.staffId(), "personId", personId, "today", today, "until", until,
					"limit", limit))
			.fetchAs(HeldConsent.class)
			.mappedBy((types, record) -> {
				Consent consent = Consent.from(record);
				boolean inForce = consent.revokedAt() == null && !today.isAfter(consent.validTo());
				return new HeldConsent(consent, record.get("householdId").asString(null),
						record.get("recordedHere").asBoolean(),
						inForce ? (int) ChronoUnit.DAYS.between(today, consent.validTo()) : null);
			})
			.all());
		return access.identified(subject, consents, held -> held.consent().subjectId(), HeldConsent::householdId);
	}

}
