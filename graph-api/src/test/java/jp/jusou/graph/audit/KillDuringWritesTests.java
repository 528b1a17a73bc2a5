package jp.jusou.graph.audit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.jusou.graph.GraphApiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash cannot separate a write from its audit event: the service runs as its own
 * process on the embedded database, four writers record signals through the API, and the
 * process is killed (SIGKILL, no shutdown hook) in the middle of their stream, three
 * times. After each restart on the same store every acknowledged write is there, every
 * committed write has exactly one audit event, and the audit chain verifies against the
 * checkpoints written outside the database.
 */
class KillDuringWritesTests {

	static final int WRITERS = 4;

	static final int KILLS = 3;

	static final Pattern SIGNAL_ID = Pattern.compile("\"signalId\"\\s*:\\s*\"([^\"]+)\"");

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyAcknowledgedWriteSurvivesAndEveryCommittedWriteIsAudited() throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		for (int round = 1; round <= KILLS; round++) {
			Service service = start(round);
			try {
				if (round > 1) {
					assertConsistent(service, acknowledged, round);
				}
				writeUntilKilled(service, acknowledged, round);
			}
			finally {
				service.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
			}
		}
		Service service = start(KILLS + 1);
		try {
			long committed = assertConsistent(service, acknowledged, KILLS + 1);
			String chain = graphql(service, "privacy", "CASE_WORK",
					"{ auditChain { valid problem firstBrokenSequence } }");
			assertThat(chain).as("the audit chain after three kills").contains("\"valid\":true");
			System.out.printf(
					"KillDuringWritesTests: %d kills during %d writers; %d writes acknowledged, %d committed,"
							+ " each committed write audited once, chain valid%n",
					KILLS, WRITERS, acknowledged.size(), committed);
		}
		finally {
			service.process.destroy();
			service.process.waitFor(60, TimeUnit.SECONDS);
		}
	}

	/**
	 * Four writers record signals until the service is killed, at a random moment after
	 * 20 acknowledgements.
	 */
	private void writeUntilKilled(Service service, Set<String> acknowledged, int round) throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		Set<String> thisRound = ConcurrentHashMap.newKeySet();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int writer = 0; writer < WRITERS; writer++) {
			int number = writer;
			writers.submit(() -> {
				for (int n = 0; !killed.get(); n++) {
					String document = "mutation { recordSignal(input: {address: \"crash " + round + "-" + number + "-"
							+ n + "\", source: NEIGHBOUR, date: \"" + LocalDate.now()
							+ "\", note: \"crash\"}) { signalId } }";
					try {
						Matcher id = SIGNAL_ID.matcher(graphql(service, "csw", "OUTREACH", document));
						if (id.find()) {
							thisRound.add(id.group(1));
						}
					}
					catch (IOException | InterruptedException ex) {
						return;
					}
				}
			});
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (thisRound.size() < 20 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		Thread.sleep(ThreadLocalRandom.current().nextInt(50, 500));
		service.process.destroyForcibly();
		service.process.waitFor(60, TimeUnit.SECONDS);
		killed.set(true);
		writers.shutdown();
		assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(thisRound).as("writes acknowledged before kill " + round).hasSizeGreaterThanOrEqualTo(20);
		acknowledged.addAll(thisRound);
	}

	/**
	 * Reads the store over Bolt: acknowledged ⊆ committed, and one audit event per
	 * committed write.
	 */
	private long assertConsistent(Service service, Set<String> acknowledged, int start) throws IOException {
		String password = Files.readString(directory.resolve("data").resolve("bolt-password")).strip();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort,
				AuthTokens.basic("neo4j", password)); Session session = driver.session()) {
			List<String> committed = session.run("MATCH (s:Signal {note: 'crash'}) RETURN s.id AS id")
				.list(record -> record.get("id").asString());
			long audited = session.run("""
					MATCH (e:AuditEvent {operation: 'Mutation.recordSignal', username: 'csw'}) RETURN count(e) AS n""")
				.single()
				.get("n")
				.asLong();
			assertThat(committed).as("acknowledged writes present at start " + start).containsAll(acknowledged);
			assertThat(audited).as("audit events for committed writes at start " + start).isEqualTo(committed.size());
			return committed.size();
		}
	}

	private String graphql(Service service, String user, String purpose, String document)
			throws IOException, InterruptedException {
		String body = "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Purpose-Of-Use", purpose)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	record Service(Process process, int httpPort, int boltPort) {
	}

	/**
	 * Starts the service as its own JVM on the test's store, and waits until it answers
	 * GraphQL.
	 */
	private Service start(int number) throws Exception {
		int httpPort = freePort();
		int boltPort = freePort();
		Path log = directory.resolve("service-" + number + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-cp", serviceClassPath(), GraphApiApplication.class.getName(), "--server.port=" + httpPort,
				"--jusou.embedded.bolt-port=" + boltPort,
				"--jusou.embedded.data-directory=" + directory.resolve("data"),
				"--jusou.audit.directory=" + directory.resolve("audit"), "--management.server.port=0",
				"--jusou.warm-up.requests=0")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.keySet()
			.removeIf(name -> name.startsWith("NEO4J_") || name.startsWith("SPRING_") || name.startsWith("JUSOU_"));
		Service service = new Service(builder.start(), httpPort, boltPort);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			if (!service.process.isAlive()) {
				throw new AssertionError("the service stopped on start " + number + ":\n" + tail(log));
			}
			try {
				if (graphql(service, "csw", "OUTREACH", "{ me { username } }").contains("\"csw\"")) {
					return service;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		service.process.destroyForcibly();
		throw new AssertionError("the service did not answer within 240 s on start " + number + ":\n" + tail(log));
	}

	/**
	 * The test's class path without the test classes: the service as its jar would run
	 * it.
	 */
	private static String serviceClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.endsWith(".jar") && entry.contains("surefirebooter")) {
				try (JarFile booter = new JarFile(entry)) {
					for (String url : booter.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
						entries.add(Path.of(URI.create(url)).toString());
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		return entries.stream()
			.filter(entry -> !entry.replace('\\', '/').matches(".*/test-classes/?$"))
			.filter(entry -> !entry.contains("surefire"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			List<String> all = lines.toList();
			return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
		}
	}

}
