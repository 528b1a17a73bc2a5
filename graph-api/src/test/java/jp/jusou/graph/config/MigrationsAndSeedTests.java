package jp.jusou.graph.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.seed.DemoCityLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations ran at start-up, and the demo city loads once and re-merges without
 * duplicating anything.
 */
@GraphApiTest
class MigrationsAndSeedTests {

	static final List<String> LABELS = List.of("Area", "Household", "Person", "Agency", "Staff", "Case", "SupportPlan",
			"PlanRole", "Meeting", "Consent", "Resource", "Activity", "Visit", "Signal", "SeedMarker");

	@Autowired
	Driver driver;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void everyLabelHasAUniqueIdConstraint() {
		List<Map<String, Object>> constraints = rows(
				"SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
		for (String label : LABELS) {
			assertThat(constraints).as(label).contains(Map.of("label", label, "properties", List.of("id")));
		}
	}

	@Test
	void locationsHavePointIndexes() {
		List<Map<String, Object>> indexes = rows(
				"SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'POINT' RETURN labelsOrTypes[0] AS label, properties[0] AS property");
		assertThat(indexes).contains(Map.of("label", "Household", "property", "location"),
				Map.of("label", "Resource", "property", "location"), Map.of("label", "Agency", "property", "location"));
	}

	@Test
	void migrationsAreRecordedSoTheyRunOnce() {
		List<Map<String, Object>> versions = rows(
				"MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version ORDER BY version");
		assertThat(versions).extracting(row -> row.get("version"))
			.containsExactly("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
					"0012", "0013", "0014", "0015", "0016", "0017", "0018", "0019", "0020", "0021", "0022", "0023",
					"0024", "0025", "0026", "0027", "0028", "0029", "0030", "0031", "0032", "0033", "0034", "0035",
					"0036", "0037", "0038", "0039", "0040", "0041", "0042", "0043", "0044", "0045");
	}

	@Test
	void theDemoCityHoldsTheAgenciesOfTheSourceDocument() {
		Map<String, Object> counts = rows("""
				MATCH (a:Agency)
				RETURN count(CASE WHEN a.kind = '地域包括支援センター' THEN 1 END) AS houkatsu,
				       count(CASE WHEN a.kind IN ['基幹相談支援センター', '障がい者相談支援事業所'] THEN 1 END) AS disability,
				       count(CASE WHEN a.kind = '地域子育て支援拠点' THEN 1 END) AS childcareHubs,
				       count(CASE WHEN a.kind = '地域活動支援センター' THEN 1 END) AS activityCentres,
				       count(CASE WHEN a.locationApproximate THEN 1 END) = count(a) AS allApproximate
				""").get(0);
		assertThat(counts).containsEntry("houkatsu", 7L)
			.containsEntry("disability", 6L)
			.containsEntry("childcareHubs", 33L)
			.containsEntry("activityCentres", 1L)
			.containsEntry("allApproximate", true);
	}

	@Test
	void loadingTheDemoCityAgainDuplicatesNothing() {
		DemoCityLoader loader = new DemoCityLoader(driver, "neo4j");
		assertThat(loader.isLoaded()).isTrue();
		Map<String, Object> before = graphSize();
		loader.load(LocalDate.of(2026, 11, 23), passwordEncoder.encode("demo"));
		loader.load(LocalDate.of(2026, 11, 23), passwordEncoder.encode("demo"));
		assertThat(graphSize()).isEqualTo(before);
	}

	/**
	 * Nodes and relationships outside the audit log, which the background linker may
	 * extend at any moment after other tests' reads.
	 */
	private Map<String, Object> graphSize() {
		return rows("""
				CALL { MATCH (n) WHERE NOT (n:AuditEvent OR n:AuditBatch OR n:AuditSubject) RETURN count(n) AS nodes }
				CALL { MATCH (a)-[r]->() WHERE NOT (a:AuditEvent OR a:AuditBatch) RETURN count(r) AS relationships }
				RETURN nodes, relationships
				""").get(0);
	}

	private List<Map<String, Object>> rows(String cypher) {
		try (Session session = driver.session()) {
			return session.run(cypher).list(record -> record.asMap(Value::asObject));
		}
	}

}
