package jp.jusou.graph.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * One headline query, asked three ways: as a GraphQL document over HTTP; as the same
 * named Cypher run straight through the driver (no HTTP, no GraphQL, no access checks, no
 * audit); and, for reads of personal data, that raw read followed by the audit append the
 * law requires before an answer leaves (the floor any API over this graph has to pay).
 *
 * @param name what the table calls it
 * @param document a GraphQL document for a random target
 * @param raw the same read through the driver for a random target; returns what an audit
 * record of it names (households and persons read), or null when it reads no personal
 * data
 */
record Scenario(String name, Function<Random, String> document, BiFunction<Session, Random, Read> raw) {

	/** The households and persons a raw read returned. */
	record Read(Set<String> householdIds, Set<String> personIds) {

		/**
		 * The strings under {@code key} in column {@code column} of each row: the
		 * column's map, or each map of the column's list.
		 */
		static Set<String> ids(List<Record> rows, String column, String key) {
			Set<String> ids = new TreeSet<>();
			for (Record row : rows) {
				Object value = row.get(column).asObject();
				List<?> items = value instanceof List<?> list ? list : List.of(value);
				for (Object item : items) {
					if (item instanceof Map<?, ?> map && map.get(key) instanceof String id) {
						ids.add(id);
					}
				}
			}
			return ids;
		}
	}

}
