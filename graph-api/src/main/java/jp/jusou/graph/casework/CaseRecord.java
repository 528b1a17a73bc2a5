package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One agency's case about one person (the schema's {@code Case}), with the household it reaches.
 * Shown only to the agency holding it, in the payloads of its own mutations.
 */
public record CaseRecord(String id, String personId, String householdId, Agency agency, Field field,
		List<Field> categories, String status, LocalDate opened, LocalDate closed) {

	static CaseRecord from(Record record) {
		Value c = record.get("case");
		return new CaseRecord(c.get("id").asString(), c.get("personId").asString(), c.get("householdId").asString(null),
				Agency.from(record.get("agency")), Field.of(c.get("field").asString(null)),
				c.get("categories").asList(value -> Field.of(value.asString(null))), c.get("status").asString(),
				c.get("opened").asLocalDate(), c.get("closed").isNull() ? null : c.get("closed").asLocalDate());
	}

	public boolean open() {
		return "OPEN".equals(status);
	}
}
