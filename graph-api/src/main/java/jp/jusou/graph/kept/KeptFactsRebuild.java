package jp.jusou.graph.kept;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.jusou.graph.support.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides the kept facts ({@link KeptFacts}) afresh for the whole graph, each only where
 * it differs from what is kept: after a bulk load (the demo city, a synthetic city),
 * which writes without the per-write upkeep, and whenever the rule that decides them is
 * not the one the graph was last kept by — a {@code KeptFacts {name}} node records a
 * digest of each rule's queries, so a release that changes a rule, or a graph that was
 * never kept, is decided afresh once at start-up and not again after.
 * {@code jusou.kept-facts.rebuild-always=true} decides afresh at every start (after a
 * script wrote outside the service).
 */
@Component
public class KeptFactsRebuild {

	private static final Logger log = LoggerFactory.getLogger(KeptFactsRebuild.class);

	/**
	 * A kept fact, its name in the log, and the queries that decide it for the whole
	 * graph (run in order).
	 */
	private record Rule(String name, String label, List<String> queries) {
	}

	private static final Rule DASHBOARD = new Rule("dashboard", "Dashboard counts",
			List.of("dashboard-orphans", "dashboard-rebuild"));

	private static final List<Rule> RULES = List
		.of(new Rule("isolation", "Isolation candidates", List.of("isolation-rebuild")), DASHBOARD);

	private final Driver driver;

	private final CypherQueries queries;

	private final String database;

	private final boolean rebuildAlways;

	KeptFactsRebuild(Driver driver, CypherQueries queries,
			@Value("${spring.data.neo4j.database:neo4j}") String database,
			@Value("${jusou.kept-facts.rebuild-always:false}") boolean rebuildAlways) {
		this.driver = driver;
		this.queries = queries;
		this.database = database;
		this.rebuildAlways = rebuildAlways;
	}

	/**
	 * At start-up: decides afresh each kept fact whose rule changed, or all of them after
	 * a bulk load. A fact decided afresh takes the facts after it along (the dashboard
	 * counts the isolation candidates).
	 */
	public void keep(boolean bulkLoaded) {
		String earlier = null;
		for (Rule rule : RULES) {
			String digest = digest(rule);
			String kept = keptDigest(rule.name());
			String reason = bulkLoaded ? "after a bulk load"
					: rebuildAlways ? "jusou.kept-facts.rebuild-always"
							: kept == null ? "never kept before" : !kept.equals(digest) ? "its rule changed"
									: earlier != null ? "it counts " + earlier + ", decided afresh" : null;
			if (reason == null) {
				log.info("{} kept by the current rule; not decided afresh", rule.label());
				continue;
			}
			decide(rule, digest, reason);
			earlier = rule.label().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * Decides every kept fact afresh now (after a bulk write outside the service, e.g. a
	 * test's).
	 */
	public void decideAfresh() {
		RULES.forEach(rule -> decide(rule, digest(rule), "asked for"));
	}

	/**
	 * After an agencies file was imported, which writes without the per-write upkeep: an
	 * agency's field names its referral routes anywhere in the city, so the dashboard's
	 * counts are decided afresh (written only where they differ). No import changes who
	 * is an isolation candidate.
	 */
	public void afterAgencyImport() {
		decide(DASHBOARD, digest(DASHBOARD), "after an agencies import");
	}

	/**
	 * After an open-data import, which writes resources and activities without the
	 * per-write upkeep: the dashboard's counts of every resource are decided afresh
	 * (written only where they differ) — a resource is the only unit such a file changes.
	 */
	public void afterOpenDataImport() {
		long started = System.nanoTime();
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			long changed = session.run(queries.get("dashboard-resources")).single().get("changed").asLong();
			log.info("Dashboard counts of resources decided afresh (after an open-data import) in {} ms: {} changed",
					(System.nanoTime() - started) / 1_000_000, changed);
		}
	}

	private void decide(Rule rule, String digest, String reason) {
		long started = System.nanoTime();
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			StringBuilder changes = new StringBuilder();
			for (String query : rule.queries()) {
				Map<String, Object> result = session.run(queries.get(query)).single().asMap();
				result.forEach((column, value) -> changes.append(changes.isEmpty() ? "" : ", ")
					.append(value)
					.append(' ')
					.append(column));
			}
			session.run("""
					MERGE (kept:KeptFacts {name: $name})
					SET kept.rule = $digest, kept.keptAt = datetime()""", Map.of("name", rule.name(), "digest", digest))
				.consume();
			log.info("{} decided afresh ({}) in {} ms: {}", rule.label(), reason,
					(System.nanoTime() - started) / 1_000_000, changes);
		}
	}

	private String keptDigest(String name) {
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			return session
				.run("OPTIONAL MATCH (kept:KeptFacts {name: $name}) RETURN kept.rule AS rule", Map.of("name", name))
				.single()
				.get("rule")
				.asString(null);
		}
	}

	private String digest(Rule rule) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			rule.queries().forEach(query -> sha.update(queries.get(query).getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
