package jp.jusou.graph.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.AuditUnavailableException;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The personal-data reads of one request, collected while its fields resolve (batch
 * loaders may run on other threads) and appended to the audit log before the response
 * leaves the service. Records made inside a write transaction (a mutation) are appended
 * inside that transaction, just before it commits, so that the write and its audit record
 * commit together or not at all; if the transaction rolls back, they stay here and are
 * appended with the request's other records (a refused attempt is still audited).
 */
public final class AuditBuffer {

	/** GraphQL context key under which each request carries its buffer. */
	public static final String CONTEXT_KEY = "jusou.auditBuffer";

	/** One read and who made it, for what purpose, when. */
	public record Entry(String username, String staffId, String purpose, Instant at, PersonalDataRead read) {
	}

	private final List<Entry> entries = new ArrayList<>();

	private final List<Entry> inTransaction = new ArrayList<>();

	private final AuditAppender appender;

	/** A buffer whose records are all appended after the request (tests, and reads). */
	public AuditBuffer() {
		this(null);
	}

	public AuditBuffer(AuditAppender appender) {
		this.appender = appender;
	}

	synchronized void add(Entry entry) {
		entries.add(entry);
		if (appender != null && TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			inTransaction.add(entry);
			if (!TransactionSynchronizationManager.hasResource(this)) {
				TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						appendWithTheWrite();
					}

					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(AuditBuffer.this);
						synchronized (AuditBuffer.this) {
							inTransaction.clear();
						}
					}
				});
			}
		}
	}

	private void appendWithTheWrite() {
		List<Entry> pending;
		synchronized (this) {
			pending = List.copyOf(inTransaction);
		}
		if (pending.isEmpty()) {
			return;
		}
		try {
			appender.appendWithinTransaction(combined(pending));
		}
		catch (RuntimeException ex) {
			throw new AuditUnavailableException(ex);
		}
		synchronized (this) {
			pending.forEach(entry -> entries.removeIf(kept -> kept == entry));
			inTransaction.clear();
		}
	}

	/**
	 * Everything collected so far, as one record per user and purpose (one per request),
	 * and an empty buffer.
	 */
	public synchronized List<Entry> drain() {
		List<Entry> drained = combined(entries);
		entries.clear();
		return drained;
	}

	/**
	 * The entries as one per user and purpose, at the earliest instant among them: one
	 * audit event per request.
	 */
	static List<Entry> combined(List<Entry> entries) {
		Map<List<String>, List<Entry>> byCaller = new LinkedHashMap<>();
		for (Entry entry : entries) {
			byCaller
				.computeIfAbsent(Arrays.asList(entry.username(), entry.staffId(), entry.purpose()),
						caller -> new ArrayList<>())
				.add(entry);
		}
		List<Entry> combined = new ArrayList<>();
		byCaller.values()
			.forEach(group -> combined.add(new Entry(group.get(0).username(), group.get(0).staffId(),
					group.get(0).purpose(), group.stream().map(Entry::at).min(Instant::compareTo).orElseThrow(),
					PersonalDataRead.combine(group.stream().map(Entry::read).toList()))));
		return combined;
	}

}
