package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code selfGrantedBases}: for the privacy officer, every basis an agency gave itself by
 * identifying a person at its window ({@link WindowIdentification}) — the one way a write
 * opens a person to the agency that makes it — and every door the 多機関協働 body opened by
 * assigning an agency to reach a household, over a date range. Itself audited.
 */
@Controller
class SelfGrantedBases {

	/** One such basis (the schema's {@code SelfGrantedBasis}). */
	record SelfGrantedBasis(String kind, String reference, Agency agency, String staffId, String personId,
			String householdId, LocalDate date, List<Field> categories, String priorBasis, String reason,
			Agency assignedTo) {
	}

	private final NamedQueries graph;

	SelfGrantedBases(NamedQueries graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Requires(anyRole = Role.PRIVACY_OFFICER)
	@Transactional(readOnly = true)
	List<SelfGrantedBasis> selfGrantedBases(@Argument LocalDate from, @Argument LocalDate to, @Argument Integer first,
			AccessSubject subject) {
		Validate.required("from", from);
		Validate.required("to", to);
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("to", "not-before-from", "must not be before from (終了日は開始日以降にしてください)");
		}
		if (to.isAfter(from.plusDays(365))) {
			throw new InvalidArgumentException("to", "at-most-366-days",
					"ask for at most 366 days at a time (期間は366日以内で指定してください)");
		}
		int limit = Arguments.pageSize("first", first == null ? 100 : first, 1000);
		List<SelfGrantedBasis> bases = List.copyOf(graph.query("self-granted-bases")
			.bindAll(Parameters.of("from", from, "to", to, "limit", limit))
			.fetchAs(SelfGrantedBasis.class)
			.mappedBy((types, record) -> new SelfGrantedBasis(record.get("kind").asString(),
					record.get("reference").asString(), Agency.from(record.get("agency")),
					record.get("staffId").asString(null), record.get("personId").asString(null),
					record.get("householdId").asString(null), record.get("date").asLocalDate(),
					record.get("categories").asList(value -> Field.of(value.asString(null))),
					record.get("priorBasis").asString(null), record.get("reason").asString(null),
					record.get("assignedTo").isNull() ? null : Agency.from(record.get("assignedTo"))))
			.all());
		Set<String> households = new TreeSet<>();
		Set<String> persons = new TreeSet<>();
		bases.forEach(basis -> {
			if (basis.personId() != null) {
				persons.add(basis.personId());
			}
			if (basis.householdId() != null) {
				households.add(basis.householdId());
			}
		});
		subject.recordRead(
				new PersonalDataRead(households, persons, Set.of("PRIVACY_OFFICER"), Set.of(), Set.of(), Set.of(), 0));
		return bases;
	}

}
