package jp.jusou.graph.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jp.jusou.graph.audit.AuditWriter;
import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.CypherQueries;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The benchmark (profile {@code benchmark}): against the graph the service runs on
 * (import a synthetic city first with {@code jusou.synthetic.persons}), it asks each
 * headline query through the GraphQL endpoint over HTTP — authenticated, access checks
 * and audit on — and the same reads through the raw driver, at concurrency 1, 4 and 16,
 * prints a table and stops the service.
 */
@Component
@Profile("benchmark")
class BenchmarkRunner implements ApplicationRunner {

	static final String USER = "bench";

	private final Driver driver;

	private final AuditWriter auditWriter;

	private final CypherQueries queries;

	private final CpuMeter cpu = new CpuMeter();

	/** Null against a server: statements and transactions are then not counted. */
	private final DatabaseCounters counters;

	/**
	 * Requests of the warm-up phase before the table (household reads and pages in turn,
	 * concurrency 4). On 2 cores the JIT compilers take about 5,000 of them to reach the
	 * steady state the table measures; fewer measure a partly compiled service.
	 */
	private final int warmupRequests;

	private final ConfigurableApplicationContext context;

	private final Clock clock;

	private final int requestsPerThread;

	private final List<Integer> concurrencies;

	private final int warmupPerThread;

	private GraphQlPoster client;

	/** Only scenarios whose name contains this (empty: all). */
	private final String only;

	/**
	 * GraphQL requests of the current measurement that answered with errors (e.g.
	 * AUDIT_UNAVAILABLE).
	 */
	BenchmarkRunner(Driver driver, AuditWriter auditWriter, CypherQueries queries,
			ConfigurableApplicationContext context, Clock clock, ObjectProvider<DatabaseManagementService> embedded,
			@Value("${jusou.benchmark.warmup-requests:6000}") int warmupRequests,
			@Value("${jusou.benchmark.requests-per-thread:100}") int requestsPerThread,
			@Value("${jusou.benchmark.concurrency:1,4,16}") List<Integer> concurrencies,
			@Value("${jusou.benchmark.warmup-per-thread:200}") int warmupPerThread,
			@Value("${jusou.benchmark.only:}") String only) {
		this.driver = driver;
		this.auditWriter = auditWriter;
		this.queries = queries;
		this.context = context;
		this.clock = clock;
		this.requestsPerThread = requestsPerThread;
		this.concurrencies = concurrencies;
		this.warmupPerThread = warmupPerThread;
		this.only = only;
		this.counters = DatabaseCounters.of(embedded.getIfAvailable());
		this.warmupRequests = warmupRequests;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		String password = Long.toHexString(new Random().nextLong());
		try (Session session = session()) {
			session.executeWriteWithoutResult(
					tx -> tx
						.run("""
								MATCH (a:Agency {id: 'syn-ag-coordinator'})
								MERGE (s:Staff {id: 'syn-st-bench'})
								SET s.username = $user, s.subject = $user, s.roles = ['COORDINATOR'], s.passwordHash = $hash,
								    s.name = 'ベンチマーク利用者（架空）'
								MERGE (s)-[:WORKS_AT]->(a)""",
								Map.of("user", USER, "hash", new BCryptPasswordEncoder(4).encode(password)))
						.consume());
		}
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		client = new GraphQlPoster(URI.create("http://127.0.0.1:" + port + "/graphql"), USER, password);
		Targets targets = Targets.sample(session(), LocalDate.now(clock));
		System.out.printf(
				"%nBenchmark on %,d persons, %,d households, %,d nodes (%,d households in the coordinator's list)%n",
				targets.persons(), targets.households(), targets.nodes(), targets.listed());
		System.out.printf("Service ready %.1f s after the JVM started%n",
				ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
		List<Scenario> measured = Scenarios.of(targets, queries, clock)
			.stream()
			.filter(scenario -> scenario.name().contains(only))
			.toList();
		if (measured.isEmpty()) {
			throw new IllegalArgumentException("jusou.benchmark.only=" + only + " names no scenario; the scenarios: "
					+ Scenarios.of(targets, queries, clock)
						.stream()
						.map(Scenario::name)
						.collect(Collectors.joining(", ")));
		}
		warmUp(measured);
		System.out.println(
				"| query | c | GraphQL p50 / p95 / p99 ms | GraphQL req/s | raw p50 / p95 / p99 ms | raw req/s | p50 ratio | raw + audit p50 / p99 ms | p50 ratio to raw + audit | statements / tx per request | CPU ms/request service + db (raw db, raw + audit db) | heap MB | failed |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (int concurrency : concurrencies) {
			for (Scenario scenario : measured) {
				measure(scenario, concurrency);
			}
		}
		System.out.println();
		SpringApplication.exit(context, () -> 0);
	}

	private void measure(Scenario scenario, int concurrency) throws Exception {
		Random random = new Random(42);
		run(concurrency, warmupPerThread, r -> client.post(scenario.document().apply(r)), random);
		client.resetFailures();
		int requests = concurrency * requestsPerThread;
		cpu.start();
		if (counters != null) {
			counters.start();
		}
		LatencyStats graphql = run(concurrency, requestsPerThread, r -> client.post(scenario.document().apply(r)),
				random);
		double[] graphqlCpu = cpu.stop();
		long[] graphqlCounts = counters == null ? null : counters.stop();
		run(concurrency, warmupPerThread, r -> raw(scenario, r), random);
		cpu.start();
		LatencyStats raw = run(concurrency, requestsPerThread, r -> raw(scenario, r), random);
		double rawDatabaseCpu = cpu.stop()[1];
		cpu.start();
		LatencyStats audited = run(concurrency, requestsPerThread, r -> rawAndAudit(scenario, r), random);
		double auditedDatabaseCpu = cpu.stop()[1];
		boolean personal = raw(scenario, random) != null;
		Runtime runtime = Runtime.getRuntime();
		long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
		String counted = graphqlCounts == null ? "n/a (server)"
				: "%.1f / %.1f".formatted((double) graphqlCounts[0] / requests, (double) graphqlCounts[1] / requests);
		String withAudit = personal
				? "%.1f / %.1f | %.2f".formatted(audited.p50(), audited.p99(), graphql.p50() / audited.p50()) : "— | —";
		System.out.printf(
				"| %s | %d | %.1f / %.1f / %.1f | %.0f | %.1f / %.1f / %.1f | %.0f | %.2f | %s | %s | %.1f + %.1f (%s) | %d | %s |%n",
				scenario.name(), concurrency, graphql.p50(), graphql.p95(), graphql.p99(), graphql.perSecond(),
				raw.p50(), raw.p95(), raw.p99(), raw.perSecond(), graphql.p50() / raw.p50(), withAudit, counted,
				graphqlCpu[0] / requests, graphqlCpu[1] / requests,
				personal ? "%.1f, %.1f".formatted(rawDatabaseCpu / requests, auditedDatabaseCpu / requests)
						: "%.1f".formatted(rawDatabaseCpu / requests),
				heap, client.failures());
	}

	/**
	 * The scenarios the run measures (those {@link #only} selects), picked at random at
	 * concurrency 4 until {@link #warmupRequests}, printing the p50 of each block of 100
	 * requests: the first block is what the first users after a start see, and the blocks
	 * show how many requests it takes to reach the steady state the table measures. Each
	 * measured scenario is warmed here, so that its rows measure code the JIT compilers
	 * have compiled, not only the household read's.
	 */
	private void warmUp(List<Scenario> measured) throws Exception {
		if (warmupRequests <= 0) {
			return;
		}
		Random random = new Random(7);
		StringBuilder blocks = new StringBuilder();
		for (int done = 0; done < warmupRequests; done += 100) {
			LatencyStats block = run(4, 25,
					r -> client.post(measured.get(r.nextInt(measured.size())).document().apply(r)), random);
			blocks.append(done == 0 ? "" : ", ").append("%.0f".formatted(block.p50()));
		}
		System.out.printf("Warm-up, p50 ms of each 100 requests (%s at random, concurrency 4): %s%n",
				measured.stream().map(Scenario::name).collect(Collectors.joining(", ")), blocks);
	}

	private LatencyStats run(int concurrency, int perThread, Consumer<Random> request, Random seed) throws Exception {
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency,
				task -> new Thread(task, CpuMeter.CLIENT_PREFIX + threadNumber.incrementAndGet()));
		long[] nanos = new long[concurrency * perThread];
		List<Future<?>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int t = 0; t < concurrency; t++) {
			int thread = t;
			Random random = new Random(seed.nextLong());
			futures.add(pool.submit(() -> {
				for (int i = 0; i < perThread; i++) {
					long start = System.nanoTime();
					request.accept(random);
					nanos[thread * perThread + i] = System.nanoTime() - start;
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		long wall = System.nanoTime() - started;
		pool.shutdown();
		return LatencyStats.of(nanos, wall);
	}

	/** The raw read; what it read when it read personal data, else null. */
	private Scenario.Read raw(Scenario scenario, Random random) {
		try (Session session = driver.session(SessionConfig.builder()
			.withDatabase("neo4j")
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.build())) {
			return scenario.raw().apply(session, random);
		}
	}

	/**
	 * The raw read, then its audit record appended and committed as the GraphQL path's is
	 * (the same group-committing writer, the same chain): the least any API over this
	 * graph must do before personal data leaves.
	 */
	private void rawAndAudit(Scenario scenario, Random random) {
		Scenario.Read read = raw(scenario, random);
		if (read != null) {
			auditWriter.append(List.of(new AuditEntry(USER, "syn-st-bench", "CASE_WORK", clock.instant(),
					new PersonalDataRead("benchmark.rawRead", read.householdIds(), read.personIds(), Set.of(), Set.of(),
							Set.of(), Set.of(), 0))));
		}
	}

	private Session session() {
		return driver.session(SessionConfig.forDatabase("neo4j"));
	}

}
