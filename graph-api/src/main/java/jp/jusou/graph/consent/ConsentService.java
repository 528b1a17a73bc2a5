package jp.jusou.graph.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.identification.WindowIdentification;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Records and revokes consents. Every rule is checked before the first write, and each
 * mutation is one write transaction: a broken rule leaves the graph as it was.
 */
@Service
public record ConsentService(NamedQueries graph, AccessFacts access, AgencyService agencies,
		WindowIdentification identification, Clock clock) {

	static final int MAX_YEARS = 5;

	private record RecordCheck(boolean subjectExists, String householdId, boolean grantorInHousehold,
			List<String> unknownGrantees) {
	}

	public Consent record(AccessSubject subject, RecordConsentInput input) {
		validateShape(input);
		List<String> grantees = input.granteeAgencyIds() == null ? List.of() : input.granteeAgencyIds();
		RecordCheck check = graph.query("consent-record-check")
			.bindAll(
					Parameters.of("subjectId", input.subjectId(), "grantorId", input.grantorId(), "grantees", grantees))
			.fetchAs(RecordCheck.class)
			.mappedBy((types, record) -> new RecordCheck(record.get("subjectExists").asBoolean(),
					record.get("householdId").asString(null), record.get("grantorInHousehold").asBoolean(),
					record.get("unknownGrantees").asList(Value::asString)))
			.one()
			.orElseThrow();
		if (!check.subjectExists() || check.householdId() == null) {
			throw new NotFoundException("input.subjectId", "person", input.subjectId());
		}
		if (!check.grantorInHousehold()) {
			throw new InvalidArgumentException("input.grantorId", "same-household",
					"the grantor must be a member of the person's household; a proxy outside it goes in input.proxy"
							+ " (同意者は本人と同じ世帯の世帯員である必要があります)");
		}
		if (!check.unknownGrantees().isEmpty()) {
			throw new InvalidArgumentException("input.granteeAgencyIds", "exists",
					"no agency with id " + check.unknownGrantees() + " (該当する支援関係機関がありません)");
		}
		Optional<Basis> basis = access.forPerson(subject, input.subjectId())
			.flatMap(AccessFacts.PersonStanding::identity);
		boolean identifiedAtWindow = basis.isEmpty();
		if (identifiedAtWindow) {
			if (input.asTold() == null) {
				subject.recordRead(PersonalDataRead.denied());
				throw new NoBasisException("input.subjectId",
						"your agency has no basis for this person, so it cannot record their consent unless the person (or"
								+ " the grantor) is in front of you: give who they are as told in input.asTold"
								+ " (この本人について自機関に閲覧の根拠がありません。窓口で本人確認（asTold）のうえ記録してください)");
			}
			identification.require(subject, "input.asTold", input.asTold(), input.subjectId(), check.householdId(),
					"your agency has no basis for this person");
		}
		String consentId = "consent-" + UUID.randomUUID();
		Map<String, Object> parameters = Parameters.of("consentId", consentId, "subjectId", input.subjectId(),
				"grantorId", input.grantorId() == null ? input.subjectId() : input.grantorId(), "staffId",
				subject.staffId(), "decision", input.decision().name(), "categories",
				input.categories().stream().map(Enum::name).distinct().toList(), "purposes",
				input.purposes().stream().map(Enum::name).distinct().toList(), "validFrom", input.validFrom(),
				"validTo", input.validTo(), "verification", input.verification().name(), "proxy", input.proxy(),
				"meetingParticipants", Boolean.TRUE.equals(input.meetingParticipants()), "identifiedOn",
				identifiedAtWindow ? LocalDate.now(clock) : null, "grantees", grantees.stream().distinct().toList());
		graph.query("consent-record").bindAll(parameters).run();
		subject.recordRead(new PersonalDataRead(Set.of(check.householdId()), Set.of(input.subjectId()),
				Set.of(identifiedAtWindow ? "IDENTIFIED_AT_WINDOW" : basis.get().code()), Set.of(), Set.of(), Set.of(),
				0));
		return byId(consentId, "input.consentId");
	}

	public Consent revoke(AccessSubject subject, RevokeConsentInput input) {
		if (input.consentId() == null || input.consentId().isBlank()) {
			throw new InvalidArgumentException("input.consentId", "required", "give the consent's id (同意IDを指定してください)");
		}
		if (input.reason() != null && input.reason().length() > 1000) {
			throw new InvalidArgumentException("input.reason", "length",
					"at most 1000 characters (理由は1000文字以内で入力してください)");
		}
		Consent consent = byId(input.consentId(), "input.consentId");
		if (consent.revokedAt() != null) {
			throw new InvalidArgumentException("input.consentId", "not-revoked",
					"this consent was already revoked at " + consent.revokedAt() + " (この同意はすでに撤回されています)");
		}
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		String myAgencyId = membership == null || membership.agency() == null ? null : membership.agency().id();
		boolean recordedByMyAgency = myAgencyId != null && myAgencyId.equals(consent.recordedByAgencyId());
		if (!recordedByMyAgency && !subject.roles().contains(Role.COORDINATOR)) {
			subject.recordRead(new PersonalDataRead(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(consent.subjectId()),
					Set.copyOf(consent.categories()), 1));
			throw new NoBasisException("input.consentId",
					"only the agency that recorded the consent, or a coordinator, may revoke it"
							+ " (同意を記録した機関または多機関協働の担当者のみ撤回できます)");
		}
		graph.query("consent-revoke")
			.bindAll(Parameters.of("consentId", input.consentId(), "staffId", subject.staffId(), "reason",
					input.reason()))
			.run();
		subject.recordRead(new PersonalDataRead(Set.of(), Set.of(consent.subjectId()),
				Set.of(recordedByMyAgency ? "OWN_AGENCY" : "COORDINATOR"), Set.copyOf(consent.categories()), Set.of(),
				Set.of(), 0));
		return byId(input.consentId(), "input.consentId");
	}

	private Consent byId(String consentId, String argument) {
		return graph.query("consent-by-id")
			.bind(consentId)
			.to("consentId")
			.fetchAs(Consent.class)
			.mappedBy((types, record) -> Consent.from(record))
			.one()
			.orElseThrow(() -> new NotFoundException(argument, "consent", consentId));
	}

	private static void validateShape(RecordConsentInput input) {
		if (input.subjectId() == null || input.subjectId().isBlank()) {
			throw new InvalidArgumentException("input.subjectId", "required", "give the person's id (本人IDを指定してください)");
		}
		boolean namesAgencies = input.granteeAgencyIds() != null && !input.granteeAgencyIds().isEmpty();
		if (!namesAgencies && !Boolean.TRUE.equals(input.meetingParticipants())) {
			throw new InvalidArgumentException("input.granteeAgencyIds", "at-least-one-grantee",
					"name at least one agency, or set meetingParticipants (共有先を1つ以上指定してください)");
		}
		if (input.categories() == null || input.categories().isEmpty()) {
			throw new InvalidArgumentException("input.categories", "not-empty",
					"name at least one data category (対象の分野を1つ以上指定してください)");
		}
		if (input.purposes() == null || input.purposes().isEmpty()) {
			throw new InvalidArgumentException("input.purposes", "not-empty",
					"name at least one purpose (利用目的を1つ以上指定してください)");
		}
		if (input.validTo().isBefore(input.validFrom())) {
			throw new InvalidArgumentException("input.validTo", "not-before-validFrom",
					"must not be before validFrom (有効期間の終了日は開始日以降にしてください)");
		}
		if (input.validTo().isAfter(input.validFrom().plusYears(MAX_YEARS))) {
			throw new InvalidArgumentException("input.validTo", "at-most-5-years",
					"a consent may last at most " + MAX_YEARS + " years (有効期間は最長5年です)");
		}
		boolean hasProxy = input.proxy() != null && !input.proxy().isBlank();
		boolean grantedByAnother = input.grantorId() != null && !input.grantorId().equals(input.subjectId());
		if (input.verification() == ConsentVerification.PROXY && !hasProxy && !grantedByAnother) {
			throw new InvalidArgumentException("input.proxy", "required-for-proxy",
					"a PROXY consent names the proxy (input.proxy) or the grantor (input.grantorId) (代理人を指定してください)");
		}
		if (hasProxy && input.proxy().length() > 200) {
			throw new InvalidArgumentException("input.proxy", "length", "at most 200 characters (200文字以内)");
		}
	}

}
