package jp.jusou.graph.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final List<AuditEntry> entries = new ArrayList<>();

	private final List<AuditEntry> inTransaction = new ArrayList<>();

	private final AuditAppender appender;

	/** A buffer whose records are all appended after the request (tests, and reads). */
	public AuditBuffer() {
		this(null);
	}

	public AuditBuffer(AuditAppender appender) {
		this.appender = appender;
	}

	synchronized void add(AuditEntry entry) {
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
		List<AuditEntry> pending;
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
	public synchronized List<AuditEntry> drain() {
		List<AuditEntry> drained = combined(entries);
		entries.clear();
		return drained;
	}

	/**
	 * The entries as one per user and purpose, at the earliest instant among them: one
	 * audit event per request.
	 */
	static List<AuditEntry> combined(List<AuditEntry> entries) {
		Map<List<String>, List<AuditEntry>> byCaller = new LinkedHashMap<>();
		for (AuditEntry entry : entries) {
			byCaller
				.computeIfAbsent(Arrays.asList(entry.username(), entry.staffId(), entry.purpose()),
						caller -> new ArrayList<>())
				.add(entry);
		}
		List<AuditEntry> combined = new ArrayList<>();
		byCaller.values()
			.forEach(group -> combined.add(new AuditEntry(group.get(0).username(), group.get(0).staffId(),
					group.get(0).purpose(), group.stream().map(AuditEntry::at).min(Instant::compareTo).orElseThrow(),
					PersonalDataRead.combine(group.stream().map(AuditEntry::read).toList()))));
		return combined;
	}

}
