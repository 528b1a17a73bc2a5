package jp.jusou.graph.upkeep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.ReadTally;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.household.Household;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import jp.jusou.graph.upkeep.AssessmentInputs.AssessmentFindingInput;
import jp.jusou.graph.upkeep.AssessmentInputs.RecordAssessmentInput;
import jp.jusou.graph.upkeep.HouseholdStanding.Standing;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments (アセスメント): recorded by an agency holding an open case about a member, read
 * back item by item through {@link AccessPolicy#item} (the assessing agency's own; a
 * consent of every member covering its fields; a 支援会議 held since), the rest counted.
 * Audited.
 */
@Service
public class AssessmentService {

	static final int MAX_FINDINGS = 20;

	/** The schema's {@code HouseholdAssessments}. */
	public record HouseholdAssessments(List<Assessment> assessments, Withheld withheld) {
	}

	private final NamedQueries graph;

	private final HouseholdStanding standing;

	private final AccessPolicy policy;

	AssessmentService(NamedQueries graph, HouseholdStanding standing, AccessPolicy policy) {
		this.graph = graph;
		this.standing = standing;
		this.policy = policy;
	}

	@Transactional
	public Assessment record(AccessSubject subject, RecordAssessmentInput input) {
		Standing standing = this.standing.require(subject, input.householdId(), input.date(), null);
		List<AssessmentFindingInput> findings = Validate.notEmpty("input.findings", input.findings());
		if (findings.size() > MAX_FINDINGS) {
			throw new InvalidArgumentException("input.findings", "at-most-" + MAX_FINDINGS,
					"at most " + MAX_FINDINGS + " findings (所見は" + MAX_FINDINGS + "件まで)");
		}
		List<String> fields = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			String at = "input.findings[" + i + "]";
			fields.add(Validate.required(at + ".field", findings.get(i).field()).name());
			texts.add(Validate.text(at + ".finding", findings.get(i).finding(), 2000));
		}
		String summary = Validate.optionalText("input.summary", input.summary(), 2000);
		String id = "assessment-" + UUID.randomUUID();
		graph.query("assessment-record")
			.bindAll(Parameters.of("assessmentId", id, "householdId", standing.householdId(), "agencyId",
					standing.agencyId(), "staffId", subject.staffId(), "date", input.date(), "fields", fields,
					"findings", texts, "summary", summary))
			.run();
		Set<Field> categories = new TreeSet<>();
		fields.forEach(field -> categories.add(Field.valueOf(field)));
		subject.recordRead(new PersonalDataRead(Set.of(standing.householdId()), Set.of(), Set.of("OWN_AGENCY"),
				categories, Set.of(), Set.of(), 0));
		return rows(standing.householdId()).stream()
			.filter(row -> row.get("id").asString().equals(id))
			.map(row -> Assessment.from(row, Basis.ownAgency()))
			.findFirst()
			.orElseThrow();
	}

	@Transactional(readOnly = true)
	public HouseholdAssessments assessments(AccessSubject subject, Household household) {
		List<Assessment> shown = new ArrayList<>();
		ReadTally tally = new ReadTally();
		for (Value row : rows(household.id())) {
			Assessment unchecked = Assessment.from(row, null);
			RecordedItem item = new RecordedItem(Set.of(unchecked.agency().id()), null,
					Set.copyOf(unchecked.categories()), unchecked.date(), false);
			Optional<Basis> basis = policy.item(household.access(), item, subject);
			if (basis.isEmpty()) {
				tally.withheld(null, unchecked.categories());
				continue;
			}
			shown.add(Assessment.from(row, basis.get()));
			tally.shown(basis.get(), null, unchecked.categories());
		}
		subject.recordRead(tally.read(subject.operation(), Set.of(household.id())));
		return new HouseholdAssessments(List.copyOf(shown),
				policy.answer(tally.withheld(), household.access(), subject));
	}

	private List<Value> rows(String householdId) {
		return List.copyOf(graph.query("household-assessments")
			.bindAll(Map.of("householdId", householdId))
			.fetchAs(Value.class)
			.mappedBy((types, record) -> record.get("assessment"))
			.all());
	}

}
