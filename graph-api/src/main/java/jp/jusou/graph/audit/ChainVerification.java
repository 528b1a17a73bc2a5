package jp.jusou.graph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.NamedQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the database's audit chain (auditChain): recomputes every seal from the first
 * event to the head, then compares the events with every checkpoint written outside the
 * database (each must still find the hash it saw). Events without a key id (from before
 * the seal) carry the unkeyed hash and are accepted only before the first sealed event.
 * <p>
 * The events are read a page at a time, in chain order, so the check needs the memory of
 * one page whatever the chain's length (a year of reads is millions of events), and each
 * page in a read transaction of its own, so the walk is not bound by one transaction's
 * time limit. The head and the number of events are read together first; events appended
 * while the walk runs lie beyond the walk and are verified by the next check. The copies
 * of journal lines the walk meets are handed to {@link JournalCopies}, for the journals'
 * check.
 */
@Component
public class ChainVerification {

	/**
	 * Events a page: about half a megabyte as the driver holds it; small enough that a
	 * page dies young at the heap docs/operations.md sets (pages of 1,000 filled the old
	 * generation and brought a full collection every second of a long walk).
	 */
	static final int PAGE = 250;

	private final NamedQueries graph;

	private final AuditSeal seal;

	private final AuditCheckpoints checkpoints;

	private final TransactionTemplate reads;

	private final int page;

	@Autowired
	ChainVerification(NamedQueries graph, AuditSeal seal, AuditCheckpoints checkpoints,
			PlatformTransactionManager transactions) {
		this(graph, seal, checkpoints, transactions, PAGE);
	}

	ChainVerification(NamedQueries graph, AuditSeal seal, AuditCheckpoints checkpoints,
			PlatformTransactionManager transactions, int page) {
		this.graph = graph;
		this.seal = seal;
		this.checkpoints = checkpoints;
		this.reads = readsIn(transactions);
		this.page = page;
	}

	/**
	 * A read-only transaction for each statement of a walk, with the default time limit.
	 */
	static TransactionTemplate readsIn(PlatformTransactionManager transactions) {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		return reads;
	}

	/**
	 * Walks the chain from its first event to the head, handing {@code copies} each copy
	 * of a journal line it meets.
	 */
	public ChainStatus verify(JournalCopies copies) {
		AuditCheckpoints.Record outside = checkpoints.read();
		List<AuditCheckpoints.Checkpoint> seen = outside.checkpoints();
		Long checkpointSequence = seen.isEmpty() ? null : seen.get(seen.size() - 1).sequence();
		Head head = head();
		// Unkeyed events are an older version's, accepted only before the first event
		// this service sealed (the checkpoint file's first line); with no file yet, only
		// while no event is sealed.
		Walk walk = new Walk(outside.sealedFrom() == null ? Long.MAX_VALUE : outside.sealedFrom(), seen);
		long after = Long.MIN_VALUE;
		while (walk.walked < head.events()) {
			List<Walked> events = page(after, (int) Math.min(page, head.events() - walk.walked));
			if (events.isEmpty()) {
				break;
			}
			for (Walked walked : events) {
				if (!walk.holds(walked.event())) {
					return ChainStatus.broken((int) head.events(), walk.expectedSequence, ChainProblem.EVENT_BROKEN,
							checkpointSequence);
				}
				if (walked.journal() != null) {
					copies.add(walked.journal(), walked.line(), walked.event());
				}
			}
			after = events.get(events.size() - 1).event().sequence();
		}
		if (walk.walked == head.events()) {
			copies.walkedToHead();
		}
		int events = (int) head.events();
		boolean headMatches = head.sequence() == events && walk.walked == events
				&& head.hash().equals(walk.previousHash);
		if (!headMatches) {
			return ChainStatus.broken(events, walk.expectedSequence, ChainProblem.HEAD_MISMATCH, checkpointSequence);
		}
		if (walk.sealedSeen && outside.sealedFrom() == null) {
			return ChainStatus.broken(events, null, ChainProblem.CHECKPOINT_MISSING, checkpointSequence);
		}
		if (!outside.fromSealed()) {
			return ChainStatus.broken(events, null, ChainProblem.CHECKPOINT_UNSEALED, checkpointSequence);
		}
		for (AuditCheckpoints.Checkpoint checkpoint : seen) {
			if (!checkpoint.sealed()) {
				return ChainStatus.broken(events, null, ChainProblem.CHECKPOINT_UNSEALED, checkpointSequence);
			}
			if (checkpoint.sequence() > events) {
				return ChainStatus.broken(events, (long) events + 1, ChainProblem.BEHIND_CHECKPOINT,
						checkpointSequence);
			}
			if (checkpoint.sequence() > 0
					&& !walk.hashesAtCheckpoints.get(checkpoint.sequence()).equals(checkpoint.lastHash())) {
				return ChainStatus.broken(events, checkpoint.sequence(), ChainProblem.CHECKPOINT_MISMATCH,
						checkpointSequence);
			}
		}
		return new ChainStatus(events, true, null, null, checkpointSequence);
	}

	/** The head, and how many events the database holds, read in one statement. */
	private record Head(long sequence, String hash, long events) {
	}

	private Head head() {
		return reads
			.execute(status -> graph.query("audit-chain")
				.fetchAs(Head.class)
				.mappedBy((types, record) -> new Head(record.get("headSequence").asLong(),
						record.get("headHash").asString(), record.get("events").asLong()))
				.one())
			.orElseThrow(() -> new IllegalStateException("The audit chain head is missing"));
	}

	/** An event as walked, and the journal line it is a copy of (null: none). */
	private record Walked(AuditEvent event, String journal, long line) {
	}

	private List<Walked> page(long after, int size) {
		return reads.execute(status -> List.copyOf(graph.query("audit-chain-page")
			.bindAll(Map.of("after", after, "size", size))
			.fetchAs(Walked.class)
			.mappedBy((types, record) -> new Walked(AuditEvent.from(record), record.get("journal").asString(null),
					record.get("journalSequence").asLong(0)))
			.all()));
	}

	/**
	 * The chain as walked so far: the next sequence and link each event must carry, and
	 * the hashes at the checkpoints' sequences, kept for the comparison after the walk.
	 */
	private final class Walk {

		private final long unkeyedBelow;

		private final Map<Long, String> hashesAtCheckpoints = new HashMap<>();

		private String previousHash = AuditHash.GENESIS;

		private long expectedSequence = 1;

		private int walked;

		private boolean sealedSeen;

		Walk(long unkeyedBelow, List<AuditCheckpoints.Checkpoint> checkpoints) {
			this.unkeyedBelow = unkeyedBelow;
			checkpoints.forEach(checkpoint -> hashesAtCheckpoints.put(checkpoint.sequence(), null));
		}

		boolean holds(AuditEvent event) {
			sealedSeen |= event.keyId() != null;
			boolean hashHolds = event.keyId() == null
					? !sealedSeen && event.sequence() < unkeyedBelow && AuditHash.of(event).equals(event.hash())
					: seal.verifies(event.keyId(), AuditHash.canonical(event), event.hash());
			if (event.sequence() != expectedSequence || !event.previousHash().equals(previousHash) || !hashHolds) {
				return false;
			}
			if (hashesAtCheckpoints.containsKey(event.sequence())) {
				hashesAtCheckpoints.put(event.sequence(), event.hash());
			}
			previousHash = event.hash();
			expectedSequence++;
			walked++;
			return true;
		}

	}

}
