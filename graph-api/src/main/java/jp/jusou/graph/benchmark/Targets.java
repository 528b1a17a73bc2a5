package jp.jusou.graph.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.jusou.graph.support.Cursor;
import org.neo4j.driver.Session;

/** Ids and points the benchmark asks about, sampled once from the synthetic city. */
record Targets(long persons, long households, long nodes, long listed, List<String> householdIds,
		List<String> activityIds, List<double[]> points, String deepAfterId) {

	static Targets sample(Session session, LocalDate today) {
		try (session) {
			Map<String, Object> row = session.executeRead(tx -> tx
				.run("""
						CALL { MATCH (p:Person) RETURN count(p) AS persons }
						CALL { MATCH (h:Household) RETURN count(h) AS households }
						CALL { MATCH (n) RETURN count(n) AS nodes }
						CALL { MATCH (:Agency {id: 'syn-ag-coordinator'})-[:COORDINATES]->(:SupportPlan)-[:FOR]->(h:Household)
						       RETURN collect(DISTINCT h.id) AS listedIds }
						CALL { MATCH (a:Activity) WHERE a.id STARTS WITH 'syn-' RETURN collect(a.id)[..500] AS activityIds }
						CALL { MATCH (h:Household) WHERE h.id STARTS WITH 'syn-'
						       WITH h LIMIT 500 RETURN collect([h.location.latitude, h.location.longitude]) AS points }
						RETURN persons, households, nodes, listedIds, activityIds, points""")
				.single()
				.asMap());
			@SuppressWarnings("unchecked")
			List<String> listed = ((List<String>) row.get("listedIds")).stream().sorted().toList();
			if (listed.isEmpty()) {
				throw new IllegalStateException("No synthetic city: start with --jusou.synthetic.persons=100000");
			}
			@SuppressWarnings("unchecked")
			List<List<Double>> points = (List<List<Double>>) row.get("points");
			@SuppressWarnings("unchecked")
			List<String> activities = (List<String>) row.get("activityIds");
			return new Targets((Long) row.get("persons"), (Long) row.get("households"), (Long) row.get("nodes"),
					listed.size(), listed.subList(0, Math.min(500, listed.size())), activities,
					points.stream().map(point -> new double[] { point.get(0), point.get(1) }).toList(),
					listed.get((int) (listed.size() * 0.9)));
		}
	}

	String household(Random random) {
		return householdIds.get(random.nextInt(householdIds.size()));
	}

	String activity(Random random) {
		return activityIds.get(random.nextInt(activityIds.size()));
	}

	double[] point(Random random) {
		return points.get(random.nextInt(points.size()));
	}

	String deepCursor() {
		return Cursor.encode("household", deepAfterId);
	}
}
