package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.Withheld;
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
		String personName, Basis basis, Withheld withheld) {

	/** The case's household, for an audit record: none when the person has none. */
	Set<String> householdIds() {
		return householdId == null ? Set.of() : Set.of(householdId);
	}

	static CaseRecord from(Record record) {
		Value c = record.get("case");
		return new CaseRecord(c.get("id").asString(), c.get("personId").asString(), c.get("householdId").asString(null),
				Agency.from(record.get("agency")), Field.of(c.get("field").asString(null)),
				c.get("categories").asList(value -> Field.of(value.asString(null))), c.get("status").asString(),
				c.get("opened").asLocalDate(), c.get("closed").isNull() ? null : c.get("closed").asLocalDate(),
				c.get("consultations").asList(Consultation::from, List.of()), c.get("personName").asString(null),
				Basis.ownAgency(), null);
	}

	/**
	 * The case as a reader sees it: on {@code shownOn}, with the person's name only when
	 * {@code nameShown}.
	 */
	CaseRecord seenOn(Basis shownOn, boolean nameShown) {
		return new CaseRecord(id, personId, householdId, agency, field, categories, status, opened, closed,
				consultations, nameShown ? personName : null, shownOn, null);
	}

	/**
	 * The case as it stood for a reader whose basis covers only some of its items: the
	 * consultations shown, the closing unless it came later than the basis covers (then
	 * the case reads as open, as it stood), the categories its shown consultations and
	 * opening carry, and what was withheld.
	 */
	CaseRecord asItStood(List<Consultation> shown, boolean closingShown, List<Field> shownCategories,
			Withheld withheldItems) {
		return new CaseRecord(id, personId, householdId, agency, field, shownCategories, closingShown ? status : "OPEN",
				opened, closingShown ? closed : null, shown, personName, basis, withheldItems);
	}

	public boolean open() {
		return "OPEN".equals(status);
	}
}
