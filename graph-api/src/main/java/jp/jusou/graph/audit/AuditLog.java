package jp.jusou.graph.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.support.NamedQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log in the graph. An append locks the chain head,
 * so appends are chained one after another, also across service instances; nothing in the
 * API edits or deletes events.
 * <p>
 * The log remembers the head it last wrote and the agency of each staff member it
 * recorded, so an append is normally one statement: lock, check that the head and the
 * agencies are still as remembered, append, link. When they are not (first append,
 * another instance appended, a staff member moved), that statement writes nothing and the
 * head is read under the lock before a second try, in the same transaction. A write's
 * records are appended in the write's own transaction; reads reach it from the instance's
 * journal ({@link AuditJournalShipper}), many requests' records in one transaction.
 */
@Service
public class AuditLog {

	/**
	 * Where the chain ended after the last append, and the agency each recorded staff
	 * member works at.
	 */
	private record Head(long sequence, String lastHash, Map<String, String> agencies) {

		boolean knowsAgencyOf(Collection<String> staffIds) {
			return agencies.keySet().containsAll(staffIds);
		}
	}

	/** The events of one append with their hashes, and the head they lead to. */
	private record Appended(Head from, List<Map<String, Object>> rows, List<Long> sequences, Head to) {
	}

	private final NamedQueries graph;

	private final TransactionTemplate transactions;

	private final AuditSeal seal;

	private final AuditCheckpoints checkpoints;

	private final AuditLinker linker;

	private Head remembered;

	AuditLog(NamedQueries graph, PlatformTransactionManager transactionManager, AuditSeal seal,
			AuditCheckpoints checkpoints, AuditLinker linker) {
		this.linker = linker;
		this.graph = graph;
		this.transactions = new TransactionTemplate(transactionManager);
		this.seal = seal;
		this.checkpoints = checkpoints;
	}

	/**
	 * Appends the entries to the chain, in one write transaction (the caller's, when it
	 * has one: a write and its audit record then commit together), or throws and appends
	 * nothing. A caller's transaction that rolls back leaves the remembered head ahead of
	 * the store; the next append notices (the head is not as expected) and reads it again
	 * under the lock. Once committed, the {@link AuditLinker} links the events to their
	 * subjects for {@link #trail}.
	 * @return the sequence numbers given to them, in order
	 */
	public List<Long> append(List<AuditEntry> entries) {
		return append(entries, List.of());
	}

	/**
	 * Appends journal lines as {@link #append} does, each event also naming the journal
	 * line it copies ({@code journal}, {@code journalSequence}), for
	 * {@link JournalVerification}.
	 */
	List<Long> appendFromJournal(List<JournalEntry> lines) {
		List<Map<String, Object>> origins = lines.stream()
			.map(line -> Map.<String, Object>of("journal", line.journal(), "journalSequence", line.sequence()))
			.toList();
		return append(lines.stream().map(JournalEntry::toAuditEntry).toList(), origins);
	}

	private synchronized List<Long> append(List<AuditEntry> entries, List<Map<String, Object>> origins) {
		List<String> staffIds = entries.stream().map(AuditEntry::staffId).distinct().toList();
		Head known = remembered;
		remembered = null;
		Appended appended = transactions.execute(status -> {
			if (known != null && known.knowsAgencyOf(staffIds)) {
				Appended attempt = chain(entries, origins, known);
				if (write(attempt, staffIds) > 0) {
					return attempt;
				}
			}
			Appended attempt = chain(entries, origins, lockAndReadHead(staffIds, known));
			if (write(attempt, staffIds) == 0) {
				throw new IllegalStateException("The audit chain head moved while locked");
			}
			return attempt;
		});
		remembered = appended.to();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Appended inside a write's transaction: the checkpoint may only see it once
			// it has committed.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					checkpoints.record(appended.sequences().get(0), appended.to().sequence(), appended.to().lastHash());
					linker.linkSoon();
				}
			});
		}
		else {
			checkpoints.record(appended.sequences().get(0), appended.to().sequence(), appended.to().lastHash());
			linker.linkSoon();
		}
		return appended.sequences();
	}

	private Head lockAndReadHead(List<String> staffIds, Head known) {
		Map<String, String> agencies = new HashMap<>(known == null ? Map.of() : known.agencies());
		return graph.query("audit-lock-chain")
			.bind(staffIds)
			.to("staffIds")
			.fetchAs(Head.class)
			.mappedBy((types, record) -> {
				staffIds.forEach(agencies::remove);
				record.get("memberships")
					.asList(value -> value)
					.forEach(membership -> agencies.put(membership.get("staffId").asString(),
							membership.get("agencyId").asString()));
				staffIds.forEach(staffId -> agencies.putIfAbsent(staffId, null));
				return new Head(record.get("sequence").asLong(), record.get("lastHash").asString(), agencies);
			})
			.one()
			.orElseThrow(() -> new IllegalStateException("The audit chain head is missing"));
	}

	private Appended chain(List<AuditEntry> entries, List<Map<String, Object>> origins, Head from) {
		long sequence = from.sequence();
		String previousHash = from.lastHash();
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Long> sequences = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry entry = entries.get(i);
			sequence++;
			sequences.add(sequence);
			AuditEvent unhashed = AuditEvent.of(entry, sequence, from.agencies().get(entry.staffId()), previousHash, "",
					seal.currentKeyId());
			String hash = seal.seal(AuditHash.canonical(unhashed));
			Map<String, Object> row = unhashed.row(hash);
			if (!origins.isEmpty()) {
				row.putAll(origins.get(i));
			}
			rows.add(row);
			previousHash = hash;
		}
		return new Appended(from, rows, sequences, new Head(sequence, previousHash, from.agencies()));
	}

	/**
	 * Runs audit-append; 0 when the head or an agency was not as expected and nothing was
	 * written.
	 */
	private long write(Appended appended, List<String> staffIds) {
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (String staffId : staffIds) {
			Map<String, Object> membership = new HashMap<>();
			membership.put("staffId", staffId);
			membership.put("agencyId", appended.from().agencies().get(staffId));
			memberships.add(membership);
		}
		return graph.query("audit-append")
			.bindAll(Map.of("expectedSequence", appended.from().sequence(), "expectedHash", appended.from().lastHash(),
					"memberships", memberships, "events", appended.rows(), "sequence", appended.to().sequence(),
					"lastHash", appended.to().lastHash()))
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("appended").asLong())
			.one()
			.orElse(0L);
	}

}
