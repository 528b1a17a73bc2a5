package jp.jusou.graph.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * つなぎ that closes the loop: the receiving window accepts a referral or sends it back with
 * its reason ({@code answerReferral}), and both windows list their referrals with where
 * each stands ({@code referrals}). A referral sent back closes the receiving case it
 * opened; the sender sees the state and the reason and decides what comes next.
 */
@Service
public record ReferralAnswers(NamedQueries graph, AccessFacts access, AgencyService agencies, Clock clock,
		KeptFacts keptFacts) {

	/** A referral as either window reads it (the schema's {@code ReferralEntry}). */
	public record ReferralEntry(String id, ReferralDirection direction, LocalDate date, String reason,
			ReferralState state, LocalDate answeredOn, String answerReason, String fromCaseId, String toCaseId,
			String personId, String householdId, Field field, Agency fromAgency, Agency toAgency) {
	}

	/** The schema's {@code AnswerReferralInput}. */
	public record AnswerReferralInput(String referralId, ReferralAnswer answer, String reason, LocalDate date) {
	}

	private record Pending(String state, LocalDate date, String toAgencyId, boolean toCaseOpen, boolean openedCase,
			String personId, List<String> householdIds, List<String> categories) {
	}

	public ReferralEntry answer(AccessSubject subject, AnswerReferralInput input) {
		String referralId = Validate.id("input.referralId", input.referralId());
		if (input.answer() == null) {
			throw new InvalidArgumentException("input.answer", "required", "ACCEPT or SEND_BACK (受理するか差し戻すかを選んでください)");
		}
		String reason = input.answer() == ReferralAnswer.SEND_BACK ? Validate.text("input.reason", input.reason(), 1000)
				: Validate.optionalText("input.reason", input.reason(), 1000);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		Pending referral = graph.single("referral-answer-check", Parameters.of("referralId", referralId))
			.map(ReferralAnswers::pending)
			.orElseThrow(() -> new NotFoundException("input.referralId", "referral", referralId));
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		if (membership == null || membership.agency() == null
				|| !membership.agency().id().equals(referral.toAgencyId())) {
			throw new NoBasisException("input.referralId",
					"only the receiving agency answers a referral (つなぎ先の機関のみ受理・差し戻しができます)");
		}
		if (!"PENDING".equals(referral.state())) {
			throw new InvalidArgumentException("input.referralId", "pending",
					"this referral was already answered (このつなぎには応答済みです)");
		}
		if (input.date().isBefore(referral.date())) {
			throw new InvalidArgumentException("input.date", "not-before-referral",
					"the referral was made on " + referral.date() + " (つなぎの日より前の日付です)");
		}
		boolean closeToCase = input.answer() == ReferralAnswer.SEND_BACK && referral.openedCase()
				&& referral.toCaseOpen();
		graph.query("referral-answer")
			.bindAll(Parameters.of("referralId", referralId, "state",
					input.answer() == ReferralAnswer.ACCEPT ? ReferralState.ACCEPTED.name()
							: ReferralState.RETURNED.name(),
					"date", input.date(), "reason", reason, "staffId", subject.staffId(), "closeToCase", closeToCase,
					"closeReason", "つなぎの差し戻し：" + reason))
			.run();
		if (closeToCase) {
			keptFacts.afterWrite(Set.of(referral.personId()), Set.of());
		}
		subject.recordRead(new PersonalDataRead(Set.copyOf(referral.householdIds()), Set.of(referral.personId()),
				Set.of("OWN_AGENCY"), Set.copyOf(referral.categories().stream().map(Field::of).toList()), Set.of(),
				Set.of(), 0));
		return entries(subject, ReferralSide.RECEIVED, null, referralId, 1).get(0);
	}

	public List<ReferralEntry> list(AccessSubject subject, ReferralSide side, ReferralState state, int limit) {
		List<ReferralEntry> referrals = entries(subject, side, state, null, limit);
		return access.identified(subject, referrals, ReferralEntry::personId, ReferralEntry::householdId);
	}

	private List<ReferralEntry> entries(AccessSubject subject, ReferralSide side, ReferralState state,
			String referralId, int limit) {
		return List.copyOf(graph.query("referrals-of-agency")
			.bindAll(Parameters.of("staffId", subject.staffId(), "side", side.name(), "state",
					state == null ? null : state.name(), "referralId", referralId, "limit", limit))
			.fetchAs(ReferralEntry.class)
			.mappedBy((types, record) -> entry(record))
			.all());
	}

	private static ReferralEntry entry(Record record) {
		Value referral = record.get("referral");
		return new ReferralEntry(referral.get("id").asString(),
				ReferralDirection.valueOf(referral.get("direction").asString()), referral.get("date").asLocalDate(),
				referral.get("reason").asString(null), ReferralState.valueOf(referral.get("state").asString()),
				referral.get("answeredOn").isNull() ? null : referral.get("answeredOn").asLocalDate(),
				referral.get("answerReason").asString(null), referral.get("fromCaseId").asString(),
				referral.get("toCaseId").asString(), referral.get("personId").asString(),
				referral.get("householdId").asString(null), Field.of(referral.get("field").asString()),
				Agency.from(record.get("fromAgency")), Agency.from(record.get("toAgency")));
	}

	private static Pending pending(Record record) {
		return new Pending(record.get("state").asString(), record.get("date").asLocalDate(),
				record.get("toAgencyId").asString(), record.get("toCaseOpen").asBoolean(),
				record.get("openedCase").asBoolean(), record.get("personId").asString(),
				record.get("householdIds").asList(Value::asString), record.get("categories").asList(Value::asString));
	}

}
