package jp.jusou.graph.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AuditBuffer;
import jp.jusou.graph.access.PersonalDataRead;
import jp.jusou.graph.support.CypherQueries;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log in the graph. Appending takes the chain head's write lock,
 * so concurrent requests are chained one after another; nothing in the API edits or deletes events.
 */
@Service
public class AuditLog {

	/** What a verification of the whole chain found. */
	public record ChainStatus(int events, boolean valid, Long firstBrokenSequence) {
	}

	private record Head(long sequence, String lastHash, Map<String, String> agencies) {
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	AuditLog(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/**
	 * Appends the entries to the chain in one write transaction, or throws and appends nothing.
	 * @return the sequence numbers given to them, for {@link #link}
	 */
	@Transactional
	public List<Long> append(List<AuditBuffer.Entry> entries) {
		List<String> staffIds = entries.stream().map(AuditBuffer.Entry::staffId).distinct().toList();
		Head head = neo4j.query(queries.get("audit-lock-chain"))
			.bind(staffIds).to("staffIds")
			.fetchAs(Head.class)
			.mappedBy((types, record) -> {
				Map<String, String> agencies = new HashMap<>();
				record.get("memberships")
					.asList(value -> value)
					.forEach(membership -> agencies.put(membership.get("staffId").asString(),
							membership.get("agencyId").asString()));
				return new Head(record.get("sequence").asLong(), record.get("lastHash").asString(), agencies);
			})
			.one()
			.orElseThrow(() -> new IllegalStateException("The audit chain head is missing"));
		long sequence = head.sequence();
		String previousHash = head.lastHash();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Long> sequences = new ArrayList<>();
		for (AuditBuffer.Entry entry : entries) {
			sequence++;
			sequences.add(sequence);
			AuditEvent unhashed = event(entry, sequence, head.agencies().get(entry.staffId()), previousHash, "");
			String hash = AuditHash.of(unhashed);
			rows.add(row(unhashed, hash));
			previousHash = hash;
		}
		neo4j.query(queries.get("audit-append"))
			.bindAll(Map.of("events", rows, "sequence", sequence, "lastHash", previousHash))
			.run();
		return sequences;
	}

	/**
	 * Links appended events to the persons and households they concern (for {@link #trail}), in a
	 * transaction of its own, after the chain's lock is released: the chain lock is held only while
	 * events are numbered, however many persons a read touched.
	 */
	@Transactional
	public void link(List<Long> sequences) {
		neo4j.query(queries.get("audit-link")).bind(sequences).to("sequences").run();
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> trail(String personId, int limit) {
		return List.copyOf(neo4j.query(queries.get("audit-trail"))
			.bindAll(Map.of("personId", personId, "limit", limit))
			.fetchAs(AuditEvent.class)
			.mappedBy((types, record) -> AuditEvent.from(record.get("event")))
			.all());
	}

	/** Recomputes every hash from the first event to the head. */
	@Transactional(readOnly = true)
	public ChainStatus verify() {
		return neo4j.query(queries.get("audit-chain")).fetchAs(ChainStatus.class).mappedBy((types, record) -> {
			List<AuditEvent> events = record.get("events").asList(AuditEvent::from);
			String previousHash = AuditHash.GENESIS;
			long expectedSequence = 1;
			for (AuditEvent event : events) {
				boolean intact = event.sequence() == expectedSequence && event.previousHash().equals(previousHash)
						&& AuditHash.of(event).equals(event.hash());
				if (!intact) {
					return new ChainStatus(events.size(), false, expectedSequence);
				}
				previousHash = event.hash();
				expectedSequence++;
			}
			boolean headMatches = record.get("headSequence").asLong() == events.size()
					&& record.get("headHash").asString().equals(previousHash);
			return new ChainStatus(events.size(), headMatches, headMatches ? null : expectedSequence);
		}).one().orElseThrow(() -> new IllegalStateException("The audit chain head is missing"));
	}

	private static AuditEvent event(AuditBuffer.Entry entry, long sequence, String agencyId, String previousHash,
			String hash) {
		PersonalDataRead read = entry.read();
		boolean shown = !read.shownPersonIds().isEmpty() || !read.bases().isEmpty();
		String outcome = read.withheldCount() == 0 ? "SHOWN" : shown ? "PARTIAL" : "WITHHELD";
		return new AuditEvent(sequence, entry.at().toString(), entry.staffId(), entry.username(), agencyId,
				read.operation(), outcome, entry.purpose(), sorted(read.householdIds()), sorted(read.shownPersonIds()),
				sorted(read.bases()), sorted(read.shownCategories().stream().map(Enum::name).toList()),
				sorted(read.withheldPersonIds()), sorted(read.withheldCategories().stream().map(Enum::name).toList()),
				read.withheldCount(), previousHash, hash);
	}

	private static Map<String, Object> row(AuditEvent event, String hash) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("sequence", event.sequence());
		row.put("at", event.at());
		row.put("staffId", event.staffId());
		row.put("username", event.username());
		row.put("agencyId", event.agencyId());
		row.put("operation", event.operation());
		row.put("outcome", event.outcome());
		row.put("purpose", event.purpose());
		row.put("householdIds", event.householdIds());
		row.put("shownPersonIds", event.shownPersonIds());
		row.put("bases", event.bases());
		row.put("shownCategories", event.shownCategories());
		row.put("withheldPersonIds", event.withheldPersonIds());
		row.put("withheldCategories", event.withheldCategories());
		row.put("withheldCount", event.withheldCount());
		row.put("previousHash", event.previousHash());
		row.put("hash", hash);
		return row;
	}

	private static List<String> sorted(java.util.Collection<String> values) {
		return List.copyOf(new TreeSet<>(values));
	}
}
