package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Record;

/** A case an agency opened by identifying the person at its window (the schema's {@code SelfOpenedCase}). */
public record SelfOpenedCase(String caseId, Agency agency, String staffId, String personId, String householdId,
		LocalDate opened, List<Field> categories, String priorBasis) {

	static SelfOpenedCase from(Record record) {
		return new SelfOpenedCase(record.get("caseId").asString(), Agency.from(record.get("agency")),
				record.get("staffId").asString(null), record.get("personId").asString(),
				record.get("householdId").asString(null), record.get("opened").asLocalDate(),
				record.get("categories").asList(value -> Field.of(value.asString(null))),
				record.get("priorBasis").asString(null));
	}
}
