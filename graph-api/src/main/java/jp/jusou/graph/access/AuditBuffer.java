package jp.jusou.graph.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The personal-data reads of one request, collected while its fields resolve (batch loaders may run
 * on other threads) and appended to the audit log before the response leaves the service.
 */
public final class AuditBuffer {

	/** GraphQL context key under which each request carries its buffer. */
	public static final String CONTEXT_KEY = "jusou.auditBuffer";

	/** One read and who made it, for what purpose, when. */
	public record Entry(String username, String staffId, String purpose, Instant at, PersonalDataRead read) {
	}

	private final List<Entry> entries = new ArrayList<>();

	synchronized void add(Entry entry) {
		entries.add(entry);
	}

	/** Everything collected so far, and an empty buffer. */
	public synchronized List<Entry> drain() {
		List<Entry> drained = List.copyOf(entries);
		entries.clear();
		return drained;
	}
}
