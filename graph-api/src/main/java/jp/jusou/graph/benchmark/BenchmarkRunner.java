package jp.jusou.graph.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.jusou.graph.access.AuditBuffer;
import jp.jusou.graph.access.PersonalDataRead;
import jp.jusou.graph.audit.AuditWriter;
import jp.jusou.graph.household.HouseholdService;
import jp.jusou.graph.support.CypherQueries;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
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

	/** Only scenarios whose name contains this (empty: all). */
	private final String only;

	/**
	 * GraphQL requests of the current measurement that answered with errors (e.g.
	 * AUDIT_UNAVAILABLE).
	 */
	private final AtomicInteger failed = new AtomicInteger();

	private final Map<String, Integer> failureCodes = new ConcurrentHashMap<>();

	private static final Pattern ERROR_CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

	private final HttpClient http = HttpClient.newBuilder().build();

	private String authorization;

	private URI endpoint;

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
		authorization = "Basic "
				+ Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		Targets targets = Targets.sample(session(), LocalDate.now(clock));
		System.out.printf(
				"%nBenchmark on %,d persons, %,d households, %,d nodes (%,d households in the coordinator's list)%n",
				targets.persons(), targets.households(), targets.nodes(), targets.listed());
		System.out.printf("Service ready %.1f s after the JVM started%n",
				ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
		List<Scenario> measured = scenarios(targets).stream()
			.filter(scenario -> scenario.name().contains(only))
			.toList();
		if (measured.isEmpty()) {
			throw new IllegalArgumentException("jusou.benchmark.only=" + only + " names no scenario; the scenarios: "
					+ scenarios(targets).stream().map(Scenario::name).collect(Collectors.joining(", ")));
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
		run(concurrency, warmupPerThread, r -> post(scenario.document().apply(r)), random);
		failed.set(0);
		failureCodes.clear();
		int requests = concurrency * requestsPerThread;
		cpu.start();
		if (counters != null) {
			counters.start();
		}
		LatencyStats graphql = run(concurrency, requestsPerThread, r -> post(scenario.document().apply(r)), random);
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
				heap, failed.get() == 0 ? "0" : failed.get() + " " + failureCodes);
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
			LatencyStats block = run(4, 25, r -> post(measured.get(r.nextInt(measured.size())).document().apply(r)),
					random);
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

	private void post(String document) {
		try {
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.header("X-Purpose-Of-Use", "CASE_WORK")
				.POST(HttpRequest.BodyPublishers.ofString(body(document)))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				// counted and reported in the row's "failed" column, with the error
				// codes, rather than ending the run
				failed.incrementAndGet();
				Matcher code = ERROR_CODE.matcher(response.body());
				failureCodes.merge(response.statusCode() != 200 ? "HTTP " + response.statusCode()
						: code.find() ? code.group(1) : "ERROR", 1, Integer::sum);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The request body; documents here are built from ids and numbers, so quoting
	 * suffices.
	 */
	private static String body(String document) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
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
			auditWriter.append(List.of(new AuditBuffer.Entry(USER, "syn-st-bench", "CASE_WORK", clock.instant(),
					new PersonalDataRead("benchmark.rawRead", read.householdIds(), read.personIds(), Set.of(), Set.of(),
							Set.of(), Set.of(), 0))));
		}
	}

	private Session session() {
		return driver.session(SessionConfig.forDatabase("neo4j"));
	}

	private List<Scenario> scenarios(Targets targets) {
		LocalDate today = LocalDate.now(clock);
		int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return List.of(new Scenario("household with agencies",
				random -> """
						{ household(id: "%s") { members { name } agencies { agencies { agency { name } since links { kind reference basis { kind } } } withheld { count } } } }"""
					.formatted(targets.household(random)),
				(session, random) -> {
					String id = targets.household(random);
					List<Record> rows = session.executeRead(
							tx -> tx
								.run(queries.get("household-by-id"), Map.of("householdId", id, "staffId",
										"syn-st-bench", "withMembers", true, "withAgencies", true))
								.list());
					return new Scenario.Read(Set.of(id), Scenario.Read.ids(rows, "members", "id"));
				}),
				new Scenario("isolatedResidentsNear 1 km",
						random -> """
								{ isolatedResidentsNear(activityId: "%s", radiusMeters: 1000) { residents { householdId distanceMeters reasons person { name } } } }"""
							.formatted(targets.activity(random)),
						(session, random) -> {
							List<Record> rows = session.executeRead(tx -> tx.run(queries.get("isolated-residents-near"),
									Map.of("activityId", targets.activity(random), "staffId", "syn-st-bench", "radius",
											1000, "year", today.getYear(), "minimumAge", 65, "visitSince",
											today.minusDays(180), "limit", 50))
								.list());
							return new Scenario.Read(Scenario.Read.ids(rows, "residents", "householdId"),
									Scenario.Read.ids(rows, "residents", "personId"));
						}),
				new Scenario("resourcesNear 2 km", random -> {
					double[] point = targets.point(random);
					return """
							{ resourcesNear(near: {point: {latitude: %f, longitude: %f}}, radiusMeters: 2000) { distanceMeters resource { name } activities { name } } }"""
						.formatted(point[0], point[1]);
				}, (session, random) -> {
					double[] point = targets.point(random);
					Map<String, Object> parameters = new java.util.HashMap<>();
					parameters.put("latitude", point[0]);
					parameters.put("longitude", point[1]);
					parameters.put("radius", 2000);
					parameters.put("kinds", null);
					parameters.put("weekday", null);
					session.executeRead(tx -> tx.run(queries.get("resources-near-point"), parameters).list());
					return null;
				}),
				new Scenario("households page deep in the list",
						random -> """
								{ households(first: 20, after: "%s") { edges { cursor node { id patterns } } pageInfo { hasNextPage } } }"""
							.formatted(targets.deepCursor()),
						(session, random) -> {
							Map<String, Object> parameters = new java.util.HashMap<>();
							parameters.put("staffId", "syn-st-bench");
							parameters.put("purpose", "CASE_WORK");
							parameters.put("today", today);
							parameters.put("afterId", targets.deepAfterId());
							parameters.put("limit", 21);
							parameters.put("walk", HouseholdService.PAGE_WALK);
							parameters.put("walkChosen", null);
							parameters.put("areaId", null);
							parameters.put("patterns", List.of());
							List<Record> rows = session
								.executeRead(tx -> tx.run(queries.get("households-page"), parameters).list());
							return new Scenario.Read(Scenario.Read.ids(rows, "household", "id"), Set.of());
						}),
				new Scenario("dashboard (fiscal year)",
						random -> "{ dashboard(fiscalYear: %d) { cells { metric value suppressed } targets { actual } } }"
							.formatted(fiscalYear),
						(session, random) -> {
							session.executeRead(tx -> tx.run(queries.get("dashboard"),
									Map.of("fromMonth", fiscalYear + "-04", "toMonth", (fiscalYear + 1) + "-03", "year",
											today.getYear(), "minimumAge", 65, "visitSince", today.minusDays(180)))
								.list());
							return null;
						}));
	}

}
