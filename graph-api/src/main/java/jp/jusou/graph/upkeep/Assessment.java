package jp.jusou.graph.upkeep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/**
 * An assessment (アセスメント) of a household: when, by which agency and staff member, the
 * findings per field and a summary; a plan refers to the one it rests on (the schema's
 * {@code Assessment}).
 */
public record Assessment(String id, String householdId, LocalDate date, Agency agency, String assessorName,
		List<AssessmentFinding> findings, String summary, Basis basis) {

	static Assessment from(Value row, Basis basis) {
		List<String> fields = row.get("fields").asList(Value::asString);
		List<String> texts = row.get("findings").asList(Value::asString);
		List<AssessmentFinding> findings = new ArrayList<>();
		for (int i = 0; i < Math.min(fields.size(), texts.size()); i++) {
			findings.add(new AssessmentFinding(Field.of(fields.get(i)), texts.get(i)));
		}
		return new Assessment(row.get("id").asString(), row.get("householdId").asString(),
				row.get("date").asLocalDate(), Agency.from(row.get("agency")), row.get("assessorName").asString(null),
				List.copyOf(findings), row.get("summary").asString(null), basis);
	}

	List<Field> categories() {
		return findings.stream().map(AssessmentFinding::field).distinct().toList();
	}
}
