package jp.jusou.graph.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users without a basis for a household never receive a withheld value of it — no
 * member's name or id, no case, plan, role, meeting, visit or consent id — however the
 * request is shaped (aliases, fragments, nesting, id lookups, pagination), and concurrent
 * users never receive each other's data.
 */
@GraphApiTest
class NoBasisLeakTests {

	/**
	 * The access model itself is proved by AccessModelTests; this samples the GraphQL
	 * shapes around it.
	 */
	static final int DOCUMENTS = 500;

	static final int FIELDS_PER_DOCUMENT = 4;

	static final List<String> HOUSEHOLDS = List.of("hh-reita", "hh-mihon", "hh-kariyama", "hh-shimura", "hh-kakuno",
			"hh-kariya", "hh-reino", "hh-reikawa", "hh-shida", "hh-tameshiyama", "hh-kasou", "hh-tamesu");

	/** Users and the households they have no basis for on the demo city. */
	static final Map<String, List<String>> NO_BASIS = Map.of("houkatsu1", HOUSEHOLDS, "kodomo",
			HOUSEHOLDS.stream().filter(id -> !Set.of("hh-mihon", "hh-kariyama").contains(id)).toList(), "dashboard",
			HOUSEHOLDS);

	static final String FRAGMENTS = """
			fragment MemberFields on Member { id name relation ageBand basis { kind consentId meetingId } }
			fragment LinkFields on Involvement { kind reference memberId detail status basis { kind consentId meetingId } }
			fragment HouseholdFields on Household {
			  id visible location { latitude longitude } patterns
			  members { ...MemberFields }
			  withheldMembers { count categories }
			  agencies { agencies { agency { id name } since links { ...LinkFields } } withheld { count categories } }
			}
			""";

	@Autowired
	DemoUsers users;

	@Autowired
	Driver driver;

	@Test
	void twoThousandQueriesByUsersWithoutABasisReturnNoWithheldValue() {
		Random random = new Random(20261123);
		List<String> userNames = List.copyOf(NO_BASIS.keySet()).stream().sorted().toList();
		int queries = 0;
		int leaks = 0;
		for (int d = 0; d < DOCUMENTS; d++) {
			String user = userNames.get(random.nextInt(userNames.size()));
			List<String> targets = NO_BASIS.get(user);
			StringBuilder document = new StringBuilder("{\n");
			for (int f = 0; f < FIELDS_PER_DOCUMENT; f++) {
				document.append("  q").append(f).append(": ").append(randomField(random, targets)).append('\n');
				queries++;
			}
			document.append("}\n").append(FRAGMENTS);
			String body = post(user, document.toString());
			for (String value : forbiddenValues(targets)) {
				if (body.contains(value)) {
					leaks++;
				}
			}
		}
		System.out.printf(
				"NoBasisLeakTests: %,d queries in %,d documents by users without a basis: %d withheld values returned%n",
				queries, DOCUMENTS, leaks);
		assertThat(forbiddenValues(HOUSEHOLDS)).as("the check looks for real values")
			.contains("例田 ウメ", "p-reita-ume", "case-reita-disability", "mtg-kariyama-support", "c-reita-ume");
		assertThat(queries).isGreaterThanOrEqualTo(2_000);
		assertThat(leaks).isZero();
	}

	@Test
	void twoUsersWithDifferentRightsNeverGetEachOthersData() throws Exception {
		String document = "{ household(id: \"hh-reita\") { members { name } agencies { agencies { links { reference } } } } }";
		Set<String> coordinatorOnly = Set.of("例田 ウメ", "case-reita-care", "case-reita-poverty");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		AtomicInteger crossed = new AtomicInteger();
		AtomicInteger incomplete = new AtomicInteger();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			boolean coordinator = i % 2 == 0;
			futures.add(pool.submit(() -> {
				String body = post(coordinator ? "coordinator" : "houkatsu1", document);
				boolean hasCoordinatorData = coordinatorOnly.stream().anyMatch(body::contains);
				if (!coordinator && hasCoordinatorData) {
					crossed.incrementAndGet();
				}
				if (coordinator && !coordinatorOnly.stream().allMatch(body::contains)) {
					incomplete.incrementAndGet();
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();
		System.out.printf(
				"NoBasisLeakTests: 2 users x 1,000 concurrent requests: %d responses with the other's data, %d incomplete%n",
				crossed.get(), incomplete.get());
		assertThat(crossed.get()).isZero();
		assertThat(incomplete.get()).isZero();
	}

	private String randomField(Random random, List<String> targets) {
		String target = targets.get(random.nextInt(targets.size()));
		return switch (random.nextInt(6)) {
			case 0 -> "household(id: \"" + target + "\") { ...HouseholdFields }";
			case 1 -> "household(id: \"" + target
					+ "\") { members { name id } agencies { withheld { count } agencies { links { reference memberId } } } }";
			case 2 -> "households(first: " + (1 + random.nextInt(5))
					+ (random.nextBoolean() ? "" : ", after: \"aG91c2Vob2xkOmhoLWE\"")
					+ ") { edges { cursor node { ...HouseholdFields } } pageInfo { hasNextPage endCursor } }";
			case 3 -> "isolatedResidentsNear(activityId: \"act-hub-soudan\", radiusMeters: "
					+ (100 + random.nextInt(4900))
					+ ") { residents { householdId ageBand person { ...MemberFields } identityWithheld { count } } }";
			case 4 -> "resourcesNear(near: {householdId: \"" + target
					+ "\"}, radiusMeters: 2000) { distanceMeters resource { id } }";
			default -> "households(filter: {patterns: [ELDERLY_ALONE]}) { edges { node { id members { name } } } }";
		};
	}

	private final Map<List<String>, Set<String>> forbiddenCache = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Every value that would reveal something about the target households' members and
	 * records.
	 */
	private Set<String> forbiddenValues(List<String> households) {
		return forbiddenCache.computeIfAbsent(households, ids -> {
			try (Session session = driver.session()) {
				Set<String> values = new HashSet<>();
				session
					.run("""
							MATCH (h:Household) WHERE h.id IN $ids
							MATCH (p:Person)-[:MEMBER_OF]->(h)
							RETURN p.id AS value UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (p:Person)-[:MEMBER_OF]->(h) RETURN p.name AS value
							UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (:Person)-[:MEMBER_OF]->(h), (c:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h) RETURN c.id AS value
							UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (pl:SupportPlan)-[:FOR]->(h) RETURN pl.id AS value
							UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (m:Meeting)-[:DISCUSSED]->(h) RETURN m.id AS value
							UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (v:Visit)-[:TO]->(h) RETURN v.id AS value
							UNION MATCH (h:Household) WHERE h.id IN $ids MATCH (c:Consent)-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h) RETURN c.id AS value
							""",
							Map.of("ids", ids))
					.list(Record::asMap)
					.forEach(row -> values.add((String) row.get("value")));
				return values;
			}
		});
	}

	private String post(String user, String document) {
		return users.client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			headers.setBasicAuth(user, "demo");
			headers.set(PurposeOfUse.HEADER, "CASE_WORK");
		})
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
