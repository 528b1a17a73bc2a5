package jp.jusou.graph.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.AuditBuffer;
import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.NamedQueries;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warm-up of the code a real person's read runs — the access facts, the policy's
 * decision member by member and link by link, the household's mapping, the audit record —
 * on a made-up household that never exists for anyone else: it is written inside a
 * transaction that is always rolled back ({@code warm-up-household.cypher}: ids under a
 * random prefix, an agency and its staff member of its own; written anew in each
 * transaction of {@value #READS_PER_TRANSACTION} reads), and the reads are handed to the
 * GraphQL service in-process on the same thread, so their root fields join that
 * transaction and see it. The reader is the made-up staff member; nothing committed is
 * read, so no person's data is read, and the records the policy makes of these reads are
 * counted and dropped (they name only made-up ids) rather than appended to the audit log.
 * The HTTP layers are warmed by {@link RequestWarmUp} before this.
 */
@Component
class PersonPathWarmUp {

	/** The reader: no sign-in ever yields this name ('#' is no username's). */
	static final String USERNAME = "#warm-up-person-path";

	/**
	 * The read by id; {@code %d} names the operation after the read's number, so that
	 * each document is new and is parsed and validated as a new client's is.
	 */
	static final String HOUSEHOLD = """
			query Household%d($id: ID!) {
			  household(id: $id) { id address patternLabels location { latitude longitude } area { name }
			    members { id name relationLabel ageBand basis { kind label } }
			    withheldMembers { count reason }
			    agencies { agencies { agency { name fieldLabel } since
			        links { kind kindLabel reference since status basis { kind label } } }
			      withheld { count categories reason } } }
			}""";

	/** A page of the made-up household's area; {@code %d} as in {@link #HOUSEHOLD}. */
	static final String PAGE = """
			query Page%d($areaId: ID!) {
			  households(first: 20, filter: {areaId: $areaId}) {
			    edges { cursor node { id members { name } } } pageInfo { hasNextPage endCursor }
			  }
			}""";

	/**
	 * What the warm-up did: reads answered without an error, members shown in them (none
	 * would mean the policy found no basis: the person path did not run), the audit
	 * records made and dropped, and the p50 of the first and last 20 reads.
	 */
	record Result(int reads, int membersShown, int recordsDropped, long firstMillis, long lastMillis, String ended) {
	}

	/**
	 * Reads in one transaction: each transaction stays well within the database's
	 * transaction timeout ({@code spring.transaction.default-timeout}) on a slow machine.
	 */
	static final int READS_PER_TRANSACTION = 250;

	private final ExecutionGraphQlService graphQl;

	private final NamedQueries graph;

	private final TransactionTemplate rolledBack;

	private final Clock clock;

	PersonPathWarmUp(ExecutionGraphQlService graphQl, NamedQueries graph, PlatformTransactionManager transactions,
			Clock clock) {
		this.graphQl = graphQl;
		this.graph = graph;
		this.rolledBack = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Reads of the made-up household for as long as {@code pace} says, alternately by id
	 * and as a page of its area: {@value #READS_PER_TRANSACTION} a transaction, each
	 * transaction writing the household anew and rolled back whatever happens.
	 * @throws IllegalStateException when a read answers with an error
	 */
	Result run(WarmUpPace pace) {
		Tally tally = new Tally();
		while (pace.another(tally.millis.size())) {
			rolledBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				readMadeUp(pace, tally);
			});
		}
		List<Long> millis = tally.millis;
		return new Result(millis.size(), tally.members, tally.records,
				RequestWarmUp.median(millis.subList(0, Math.min(20, millis.size()))),
				RequestWarmUp.median(millis.subList(Math.max(0, millis.size() - 20), millis.size())),
				pace.howItEnded());
	}

	/**
	 * Writes the made-up household in the current transaction and reads it, at most
	 * {@value #READS_PER_TRANSACTION} times.
	 */
	private void readMadeUp(WarmUpPace pace, Tally tally) {
		String prefix = "warm-up#" + UUID.randomUUID() + "#";
		Map<String, Object> made = graph.query("warm-up-household")
			.bindAll(Map.of("prefix", prefix, "staffId", prefix + "staff", "today", LocalDate.now(clock)))
			.fetch()
			.one()
			.orElseThrow(() -> new IllegalStateException("the made-up household was not written"));
		int first = tally.millis.size();
		// the first read of a transaction was allowed by run()'s own look at the pace
		for (int number = first; number - first < READS_PER_TRANSACTION
				&& (number == first || pace.another(number)); number++) {
			AuditBuffer audit = new AuditBuffer();
			AccessSubject reader = new AccessSubject(USERNAME, prefix + "staff", Set.of(Role.COORDINATOR),
					PurposeOfUse.CASE_WORK, audit);
			long started = System.nanoTime();
			ExecutionGraphQlResponse answer = (number % 2 == 0)
					? execute(HOUSEHOLD.formatted(number), Map.of("id", made.get("householdId")), reader)
					: execute(PAGE.formatted(number), Map.of("areaId", made.get("areaId")), reader);
			tally.millis.add((System.nanoTime() - started) / 1_000_000);
			if (!answer.getErrors().isEmpty()) {
				throw new IllegalStateException("a made-up read answered "
						+ answer.getErrors().stream().map(OperationMetrics::codeOf).toList());
			}
			tally.members += countMembers(answer.getData());
			tally.records += audit.drain().size();
		}
	}

	/** What the reads so far took and showed. */
	private static final class Tally {

		private final List<Long> millis = new ArrayList<>();

		private int members;

		private int records;

	}

	private ExecutionGraphQlResponse execute(String document, Map<String, Object> variables, AccessSubject reader) {
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, null,
				UUID.randomUUID().toString(), Locale.JAPAN);
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(AccessSubject.CONTEXT_KEY, reader)).build());
		ExecutionGraphQlResponse answer = graphQl.execute(request).block();
		if (answer == null) {
			throw new IllegalStateException("no answer");
		}
		return answer;
	}

	/** How many members the answer shows, wherever they are in it. */
	private static int countMembers(Object data) {
		int count = 0;
		if (data instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if ("members".equals(entry.getKey()) && entry.getValue() instanceof List<?> members) {
					count += members.size();
				}
				else {
					count += countMembers(entry.getValue());
				}
			}
		}
		else if (data instanceof List<?> list) {
			for (Object item : list) {
				count += countMembers(item);
			}
		}
		return count;
	}

}
