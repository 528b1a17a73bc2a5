package jp.jusou.graph.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.OwnTransactions;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code auditTrail}, {@code auditChain} and {@code disclosureCandidates}, for privacy
 * officers only.
 */
@Controller
record AuditController(AuditChainCheck chain, AuditTrailReads trails, OperationWords operations,
		DisclosureSearch disclosure, AuditJournalShipper shipper) {

	/**
	 * How long a privacy officer's read waits for this instance's newest records to be
	 * copied.
	 */
	static final Duration CATCH_UP = Duration.ofSeconds(5);

	/** One audit event as it concerns the person asked about. */
	record AuditRecord(long sequence, String at, String username, String staffId, String staffName, String agencyId,
			String operation, String operationLabel, String outcome, String purpose, List<String> bases,
			List<String> categories, String hash) {
	}

	@QueryMapping
	@Requires(anyRole = Role.PRIVACY_OFFICER)
	List<AuditRecord> auditTrail(@Argument String personId, @Argument Integer first, AccessSubject subject) {
		String id = Arguments.id("personId", personId);
		shipper.catchUp(CATCH_UP);
		int limit = Arguments.pageSize("first", first == null ? 100 : first, 1000);
		Set<String> own = trails.ownReferences(id);
		List<AuditEvent> events = trails.trail(id, limit);
		Map<String, String> staffNames = trails
			.staffNames(events.stream().map(AuditEvent::staffId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<AuditRecord> records = events.stream().map(event -> {
			List<String> categories = event.shownPersonIds().contains(id) ? event.shownCategories()
					: event.withheldCategories();
			return new AuditRecord(event.sequence(), event.at(), event.username(), event.staffId(),
					staffNames.get(event.staffId()), event.agencyId(), event.operation(),
					operations.of(event.operation()), event.outcomeFor(id), event.purpose(),
					ownBases(event.bases(), own), categories, event.hash());
		}).toList();
		subject.recordRead(
				new PersonalDataRead(Set.of(), Set.of(id), Set.of("PRIVACY_OFFICER"), Set.of(), Set.of(), Set.of(), 0));
		return records;
	}

	/**
	 * An event's bases as a person's trail may show them: one request's bases are the
	 * union over everyone it read, so a basis naming a record (a consent, a meeting)
	 * shows only when that record is the person's own; a basis naming none (OWN_AGENCY)
	 * shows.
	 */
	static List<String> ownBases(List<String> bases, Set<String> ownReferences) {
		return bases.stream().filter(basis -> {
			int colon = basis.indexOf(':');
			return colon < 0 || ownReferences.contains(basis.substring(colon + 1));
		}).toList();
	}

	@QueryMapping
	@Requires(anyRole = Role.PRIVACY_OFFICER)
	List<DisclosureSearch.DisclosureCandidate> disclosureCandidates(@Argument String name, @Argument String nameKana,
			@Argument Integer birthYear, AccessSubject subject) {
		return disclosure.find(subject, name, nameKana, birthYear);
	}

	/**
	 * Not one transaction: the check reads the database a page at a time, each page in a
	 * transaction of its own, however long the log.
	 */
	@QueryMapping
	@Requires(anyRole = Role.PRIVACY_OFFICER)
	@OwnTransactions
	AuditChainCheck.ChainAndJournals auditChain(AccessSubject subject) {
		shipper.catchUp(CATCH_UP);
		return chain.check();
	}

}
