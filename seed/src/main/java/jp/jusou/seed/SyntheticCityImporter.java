package jp.jusou.seed;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Writes a {@link SyntheticCity} with batched UNWIND statements, one transaction per
 * chunk of households, MERGE on ids (so a re-run with the same size and seed changes
 * nothing), reporting progress after every chunk.
 */
public final class SyntheticCityImporter {

	public static final int HOUSEHOLDS_PER_CHUNK = 5_000;

	private static final String MERGE_AREAS = """
			UNWIND $rows AS row
			MERGE (a:Area {id: row.id})
			SET a.name = row.name, a.kind = row.kind, a.municipality = row.municipality
			""";

	private static final String MERGE_AGENCIES = """
			UNWIND $rows AS row
			MERGE (a:Agency {id: row.id})
			SET a.name = row.name, a.field = row.field, a.components = row.components, a.operation = row.operation,
			    a.location = point({latitude: row.latitude, longitude: row.longitude}), a.locationApproximate = true
			""";

	private static final String MERGE_RESOURCES = """
			UNWIND $rows AS row
			MERGE (r:Resource {id: row.id})
			SET r.name = row.name, r.kind = row.kind, r.locationApproximate = true,
			    r.location = point({latitude: row.latitude, longitude: row.longitude})
			WITH r, row
			MATCH (area:Area {id: row.area})
			MERGE (r)-[:IN_AREA]->(area)
			WITH r, row
			UNWIND row.activities AS a
			MERGE (act:Activity {id: a.id})
			SET act.name = a.name, act.weekdays = a.weekdays, act.startTime = a.startTime, act.endTime = a.endTime,
			    act.targetAgeMin = a.targetAgeMin, act.targetAgeMax = a.targetAgeMax
			MERGE (act)-[:HELD_AT]->(r)
			""";

	private static final String MERGE_HOUSEHOLDS = """
			UNWIND $rows AS row
			MERGE (h:Household {id: row.id})
			SET h.location = point({latitude: row.latitude, longitude: row.longitude}), h.locationApproximate = true,
			    h.patterns = row.patterns, h.fictional = true
			WITH h, row
			MATCH (area:Area {id: row.area})
			MERGE (h)-[:IN_AREA]->(area)
			""";

	private static final String MERGE_PERSONS = """
			UNWIND $rows AS row
			MATCH (h:Household {id: row.household})
			MERGE (p:Person {id: row.id})
			SET p.name = row.name, p.birthYear = row.birthYear, p.fictional = true
			MERGE (p)-[m:MEMBER_OF]->(h)
			SET m.relation = row.relation, m.dependant = row.dependant
			""";

	private static final String PROGRESS_START = """
			MERGE (p:ImportProgress {id: $id})
			ON CREATE SET p.kind = 'synthetic', p.persons = $persons, p.seed = $seed, p.chunks = $chunks,
			              p.chunksDone = 0, p.startedAt = datetime()
			RETURN p.chunksDone AS chunksDone, p.finishedAt IS NOT NULL AS finished
			""";

	private static final String PROGRESS_CHUNK = """
			MATCH (p:ImportProgress {id: $id}) SET p.chunksDone = $done, p.updatedAt = datetime()
			""";

	private static final String PROGRESS_FINISH = """
			MATCH (p:ImportProgress {id: $id}) SET p.finishedAt = datetime()
			""";

	private static final String OTHER_PARTIAL_IMPORTS = """
			MATCH (p:ImportProgress {kind: 'synthetic'}) WHERE p.finishedAt IS NULL AND p.id <> $id
			RETURN 'a synthetic city of ' + p.persons + ' persons (seed ' + p.seed + ') stopped after chunk '
			       + p.chunksDone + ' of ' + p.chunks + ': start with --jusou.synthetic.persons=' + p.persons
			       + ' --jusou.synthetic.seed=' + p.seed + ' to complete it' AS description
			""";

	private static final String MERGE_CASES = """
			UNWIND $rows AS row
			MATCH (a:Agency {id: row.agency}), (p:Person {id: row.person})
			MERGE (c:Case {id: row.id})
			SET c.field = row.field, c.fields = [row.field], c.status = row.status, c.opened = row.opened,
			    c.closed = row.closed
			MERGE (a)-[:HOLDS]->(c)
			MERGE (c)-[:ABOUT]->(p)
			""";

	private static final String MERGE_PLANS = """
			UNWIND $rows AS row
			MATCH (h:Household {id: row.household}), (coordinator:Agency {id: 'syn-ag-coordinator'})
			MERGE (pl:SupportPlan {id: row.id})
			SET pl.status = row.status, pl.created = row.created, pl.monitoringDate = row.monitoringDate
			MERGE (pl)-[:FOR]->(h)
			MERGE (coordinator)-[:COORDINATES]->(pl)
			""";

	private static final String MERGE_ROLES = """
			UNWIND $rows AS row
			MATCH (pl:SupportPlan {id: row.plan}), (a:Agency {id: row.agency}), (p:Person {id: row.person})
			MERGE (r:PlanRole {id: row.id})
			SET r.field = a.field, r.role = row.role, r.since = row.since
			MERGE (pl)-[:ASSIGNS]->(r)
			MERGE (r)-[:TO]->(a)
			MERGE (r)-[:CONCERNS]->(p)
			""";

	private static final String MERGE_MEETINGS = """
			UNWIND $rows AS row
			MATCH (h:Household {id: row.household}), (coordinator:Agency {id: 'syn-ag-coordinator'})
			MERGE (m:Meeting {id: row.id})
			SET m.kind = row.kind, m.kinds = [row.kind], m.confidential = row.kind = 'SUPPORT_MEETING', m.date = row.date
			MERGE (coordinator)-[:CONVENED]->(m)
			MERGE (m)-[d:DISCUSSED]->(h)
			SET d.personIds = row.personIds
			WITH m, row
			UNWIND row.attendees AS attendeeId
			MATCH (a:Agency {id: attendeeId})
			MERGE (a)-[:ATTENDED]->(m)
			""";

	private static final String MERGE_CONSENTS = """
			UNWIND $rows AS row
			MATCH (p:Person {id: row.person})
			MERGE (c:Consent {id: row.id})
			SET c.decision = 'PERMIT', c.categories = row.categories, c.purposes = row.purposes,
			    c.validFrom = row.validFrom, c.validTo = row.validTo, c.verification = 'SIGNED'
			MERGE (c)-[:SUBJECT]->(p)
			MERGE (c)-[:GRANTED_BY]->(p)
			WITH c, row
			UNWIND row.grantees AS granteeId
			MATCH (a:Agency {id: granteeId})
			MERGE (c)-[:GRANTS_TO]->(a)
			""";

	private static final String MERGE_VISITS = """
			UNWIND $rows AS row
			MATCH (h:Household {id: row.household}), (a:Agency {id: row.agency})
			MERGE (v:Visit {id: row.id})
			SET v.date = row.date, v.outcome = row.outcome
			MERGE (a)-[:MADE_VISIT]->(v)
			MERGE (v)-[:TO]->(h)
			""";

	private static final String MERGE_PARTICIPATIONS = """
			UNWIND $rows AS row
			MATCH (p:Person {id: row.person}), (act:Activity {id: row.activity})
			MERGE (p)-[:TAKES_PART_IN]->(act)
			""";

	private final Driver driver;

	private final String database;

	public SyntheticCityImporter(Driver driver, String database) {
		this.driver = driver;
		this.database = database;
	}

	/**
	 * Imports the city and returns what was written and how fast. Its progress is kept in
	 * the graph (an {@code ImportProgress} node: chunks done, committed with each chunk,
	 * and when it finished), so an import that was stopped resumes from its last
	 * committed chunk, and a finished one is not repeated.
	 */
	public ImportSummary importCity(SyntheticCity city, Progress progress) {
		long started = System.nanoTime();
		Counter counter = new Counter();
		String id = "synthetic-" + city.persons() + "-" + city.seed();
		int households = city.householdCount();
		int chunks = (households + HOUSEHOLDS_PER_CHUNK - 1) / HOUSEHOLDS_PER_CHUNK;
		try (Session session = driver.session(SessionConfig.forDatabase(database))) {
			List<String> otherPartial = session.executeRead(tx -> tx.run(OTHER_PARTIAL_IMPORTS, Map.of("id", id))
				.list(record -> record.get("description").asString()));
			Map<String, Object> state = session.executeWrite(tx -> tx
				.run(PROGRESS_START, Map.of("id", id, "persons", city.persons(), "seed", city.seed(), "chunks", chunks))
				.single()
				.asMap());
			if ((Boolean) state.get("finished")) {
				return new ImportSummary(0, 0, 0, (System.nanoTime() - started) / 1_000_000, chunks, true,
						otherPartial);
			}
			int resumeFrom = ((Number) state.get("chunksDone")).intValue();
			session.executeWriteWithoutResult(tx -> {
				counter.add(run(tx, MERGE_AREAS, city.areas()));
				counter.add(run(tx, MERGE_AGENCIES, city.agencies()));
				counter.add(run(tx, MERGE_RESOURCES, city.resources()));
			});
			for (int index = resumeFrom; index < chunks; index++) {
				SyntheticCity.Chunk chunk = city.chunk(index, HOUSEHOLDS_PER_CHUNK);
				int done = index + 1;
				session.executeWriteWithoutResult(tx -> {
					writeChunk(tx, chunk, counter);
					tx.run(PROGRESS_CHUNK, Map.of("id", id, "done", done)).consume();
				});
				counter.persons += chunk.persons.size();
				progress.report("households", Math.min((long) done * HOUSEHOLDS_PER_CHUNK, households), households);
			}
			session.executeWriteWithoutResult(tx -> tx.run(PROGRESS_FINISH, Map.of("id", id)).consume());
			return new ImportSummary(counter.persons, counter.nodes, counter.relationships,
					(System.nanoTime() - started) / 1_000_000, resumeFrom, false, otherPartial);
		}
	}

	private static void writeChunk(TransactionContext tx, SyntheticCity.Chunk chunk, Counter counter) {
		counter.add(run(tx, MERGE_HOUSEHOLDS, chunk.households));
		counter.add(run(tx, MERGE_PERSONS, chunk.persons));
		counter.add(run(tx, MERGE_CASES, chunk.cases));
		counter.add(run(tx, MERGE_PLANS, chunk.plans));
		counter.add(run(tx, MERGE_ROLES, chunk.roles));
		counter.add(run(tx, MERGE_MEETINGS, chunk.meetings));
		counter.add(run(tx, MERGE_CONSENTS, chunk.consents));
		counter.add(run(tx, MERGE_VISITS, chunk.visits));
		counter.add(run(tx, MERGE_PARTICIPATIONS, chunk.participations));
	}

	private static ResultSummary run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
		return tx.run(cypher, Map.of("rows", rows)).consume();
	}

	/**
	 * What an import wrote: persons, nodes and relationships created, and the time it
	 * took; the chunk it started from (0, or where a stopped import had got to), whether
	 * it had already finished before, and other imports that were stopped part-way (to
	 * say so at start).
	 */
	public record ImportSummary(long persons, long nodesCreated, long relationshipsCreated, long millis,
			int resumedFromChunk, boolean alreadyComplete, List<String> otherPartialImports) {

		public double nodesPerSecond() {
			return millis == 0 ? nodesCreated : nodesCreated * 1000.0 / millis;
		}

		public double relationshipsPerSecond() {
			return millis == 0 ? relationshipsCreated : relationshipsCreated * 1000.0 / millis;
		}
	}

	private static final class Counter {

		long persons;

		long nodes;

		long relationships;

		void add(ResultSummary summary) {
			nodes += summary.counters().nodesCreated();
			relationships += summary.counters().relationshipsCreated();
		}

	}

}
