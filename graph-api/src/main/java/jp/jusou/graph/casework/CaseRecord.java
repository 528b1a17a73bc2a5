package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.support.Field;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One agency's case about one person (the schema's {@code Case}), with the household it
 * reaches: in the payloads of the holding agency's own mutations (OWN_AGENCY), or read
 * back on {@code basis}, with its consultations and — where the reader may know who the
 * person is — the person's name.
 */
public record CaseRecord(String id, String personId, String householdId, Agency agency, Field field,
		List<Field> categories, String status, LocalDate opened, LocalDate closed, List<Consultation> consultations,
		String personName, Basis basis) {

	static CaseRecord from(Record record) {
		Value c = record.get("case");
		return new CaseRecord(c.get("id").asString(), c.get("personId").asString(), c.get("householdId").asString(null),
				Agency.from(record.get("agency")), Field.of(c.get("field").asString(null)),
				c.get("categories").asList(value -> Field.of(value.asString(null))), c.get("status").asString(),
				c.get("opened").asLocalDate(), c.get("closed").isNull() ? null : c.get("closed").asLocalDate(),
				c.get("consultations").asList(Consultation::from, List.of()), c.get("personName").asString(null),
				Basis.ownAgency());
	}

	/**
	 * The case as a reader sees it: on {@code shownOn}, with the person's name only when
	 * {@code nameShown}.
	 */
	CaseRecord seenOn(Basis shownOn, boolean nameShown) {
		return new CaseRecord(id, personId, householdId, agency, field, categories, status, opened, closed,
				consultations, nameShown ? personName : null, shownOn);
	}

	public boolean open() {
		return "OPEN".equals(status);
	}
}
