package jp.jusou.graph.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.casework.CaseworkInputs.ReferInput;
import jp.jusou.graph.casework.CaseworkInputs.ReferToCoordinationInput;
import jp.jusou.graph.casework.CaseworkInputs.ReturnToAgencyInput;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * つなぎ: a case referred to the 多機関協働 body ({@code referToCoordination}), handed back from
 * it ({@code returnToAgency}), or between any two windows ({@code refer}). The receiving
 * agency opens (or keeps) its case about the person; every rule is checked before the
 * write, in one transaction.
 */
@Service
public record Referrals(NamedQueries graph, HeldCases cases, AgencyService agencies, Clock clock, KeptFacts keptFacts) {

	/** What a referral did. */
	public record ReferralResult(String referralId, ReferralDirection direction, CaseRecord fromCase,
			CaseRecord toCase) {
	}

	public ReferralResult referToCoordination(AccessSubject subject, ReferToCoordinationInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.coordinatorAgencyId", input.coordinatorAgencyId());
		CaseRecord from = cases.ownOpenCase(subject, input.caseId(), "refer");
		Agency coordinator = agency("input.coordinatorAgencyId", input.coordinatorAgencyId());
		if (!coordinator.components().contains(Agency.COORDINATION_COMPONENT)) {
			throw new InvalidArgumentException("input.coordinatorAgencyId", "coordination-body", coordinator.name()
					+ " does not run 多機関協働 (component 5); refer to the agency that does" + " (多機関協働事業者を指定してください)");
		}
		if (coordinator.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.coordinatorAgencyId", "another-agency",
					"the case is already held by the 多機関協働 body (すでに多機関協働のケースです)");
		}
		return refer(subject, from, coordinator.id(), ReferralDirection.TO_COORDINATION, reason, input.date(), false);
	}

	/**
	 * つなぎ between any two windows (003: 「適切な相談窓口につなげ」): the receiving agency opens (or
	 * keeps) its case about the person; the sending case stays open. The direction
	 * follows the agencies: to the 多機関協働 body, back from it, or between two other
	 * windows.
	 */
	public ReferralResult refer(AccessSubject subject, ReferInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.toAgencyId", input.toAgencyId());
		CaseRecord from = cases.ownOpenCase(subject, input.caseId(), "refer");
		Agency target = agency("input.toAgencyId", input.toAgencyId());
		if (target.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.toAgencyId", "another-agency",
					"the case is already held by " + target.name() + " (つなぎ先には別の機関を指定してください)");
		}
		ReferralDirection direction = target.components().contains(Agency.COORDINATION_COMPONENT)
				? ReferralDirection.TO_COORDINATION : from.agency().components().contains(Agency.COORDINATION_COMPONENT)
						? ReferralDirection.BACK_TO_AGENCY : ReferralDirection.BETWEEN_AGENCIES;
		return refer(subject, from, target.id(), direction, reason, input.date(), false);
	}

	public ReferralResult returnToAgency(AccessSubject subject, ReturnToAgencyInput input) {
		String reason = checkReferral(input.caseId(), input.reason(), input.date());
		Validate.id("input.agencyId", input.agencyId());
		CaseRecord from = cases.ownOpenCase(subject, input.caseId(), "hand back");
		if (!from.agency().components().contains(Agency.COORDINATION_COMPONENT)) {
			throw new InvalidArgumentException("input.caseId", "coordination-case",
					"only a case held by the 多機関協働 body can be handed back; a single-field agency refers with"
							+ " referToCoordination (多機関協働のケースのみ戻せます)");
		}
		Agency target = agency("input.agencyId", input.agencyId());
		if (target.id().equals(from.agency().id())) {
			throw new InvalidArgumentException("input.agencyId", "another-agency",
					"name the single-field agency taking the case over (引き継ぐ機関を指定してください)");
		}
		return refer(subject, from, target.id(), ReferralDirection.BACK_TO_AGENCY, reason, input.date(), true);
	}

	private String checkReferral(String caseId, String reason, LocalDate date) {
		Validate.id("input.caseId", caseId);
		Validate.notInFuture("input.date", date, LocalDate.now(clock));
		return Validate.text("input.reason", reason, 1000);
	}

	private ReferralResult refer(AccessSubject subject, CaseRecord from, String toAgencyId, ReferralDirection direction,
			String reason, LocalDate date, boolean closeFromCase) {
		if (date.isBefore(from.opened())) {
			throw new InvalidArgumentException("input.date", "not-before-case-opened",
					"the case opened on " + from.opened() + " (ケース開始日より前の日付です)");
		}
		Record written = graph.single("casework-refer",
				Parameters.of("fromCaseId", from.id(), "toAgencyId", toAgencyId, "newCaseId",
						"case-" + UUID.randomUUID(), "referralId", "referral-" + UUID.randomUUID(), "direction",
						direction.name(), "date", date, "reason", reason, "staffId", subject.staffId(), "closeFromCase",
						closeFromCase))
			.orElseThrow();
		keptFacts.afterWrite(Set.of(from.personId()), Set.of());
		CaseRecord to = cases.caseById(written.get("toCaseId").asString(), "input.caseId");
		subject.recordRead(new PersonalDataRead(from.householdIds(), Set.of(from.personId()), Set.of("OWN_AGENCY"),
				Set.of(from.field()), Set.of(), Set.of(), 0));
		return new ReferralResult(written.get("referralId").asString(), direction,
				cases.caseById(from.id(), "input.caseId"), to);
	}

	private Agency agency(String argument, String agencyId) {
		try {
			return agencies.byId(agencyId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(argument, "agency", agencyId);
		}
	}

}
