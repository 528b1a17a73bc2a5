package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessBasis;
import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.ReadTally;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.household.HouseholdPage;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cases back: {@code case(id)}, {@code Member.cases} and the window's own list
 * {@code myCases}. A case is one item for the policy — recorded by the agency holding it,
 * about its person, of the fields of its consultations, from the day it opened — and
 * shows with its consultations (topics, summaries) on that basis; the person's name shows
 * only where the reader may know who they are.
 */
@Service
@Transactional(readOnly = true)
public class CaseReads {

	static final String CURSOR_KIND = "case";

	/** The schema's {@code MemberCases}. */
	public record MemberCases(List<CaseRecord> cases, Withheld withheld) {
	}

	/** The schema's {@code CasePage}. */
	public record CasePage(List<CaseRecord> cases, HouseholdPage.PageInfo pageInfo) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	CaseReads(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	public CaseRecord caseById(AccessSubject subject, String caseId) {
		Record record = graph.query("case-read")
			.bindAll(Parameters.of("caseId", caseId, "staffId", subject.staffId()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow(() -> new NotFoundException("id", "case", caseId));
		CaseRecord found = CaseRecord.from(record);
		HouseholdAccess access = HouseholdAccess.from(record.get("access"));
		Optional<CaseRecord> seen = decide(subject, access, found);
		audit(subject, found.householdId(), seen.map(List::of).orElse(List.of()),
				seen.isEmpty() ? List.of(found) : List.of());
		return seen.orElseThrow(() -> new NoBasisException("id", "no basis for this case: it is shown to the agency"
				+ " holding it, through the person's consent covering its fields, or to the members of a 支援会議 held since"
				+ " it opened (このケースを閲覧する根拠がありません。本人同意または支援会議での共有が必要です)"));
	}

	public MemberCases casesOf(AccessSubject subject, String personId) {
		List<Record> rows = List.copyOf(graph.query("person-cases")
			.bindAll(Parameters.of("personId", personId, "staffId", subject.staffId()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all());
		List<CaseRecord> shown = new ArrayList<>();
		List<CaseRecord> withheld = new ArrayList<>();
		String householdId = null;
		HouseholdAccess access = null;
		for (Record row : rows) {
			CaseRecord found = CaseRecord.from(row);
			householdId = found.householdId();
			access = HouseholdAccess.from(row.get("access"));
			decide(subject, access, found).ifPresentOrElse(shown::add, () -> withheld.add(found));
		}
		audit(subject, householdId, shown, withheld);
		Set<Field> categories = new TreeSet<>();
		withheld.forEach(item -> categories.addAll(item.categories()));
		Withheld answer = Withheld.of(withheld.size(), categories);
		return new MemberCases(List.copyOf(shown), access == null ? answer : policy.answer(answer, access, subject));
	}

	public CasePage myCases(AccessSubject subject, String status, int first, String after) {
		String afterOpened = null;
		String afterId = null;
		if (!after.isEmpty()) {
			int bar = after.indexOf('|');
			if (bar < 0) {
				throw new InvalidArgumentException("after", "cursor",
						"not a cursor issued by this API; pass pageInfo.endCursor of the previous page (カーソルが不正です)");
			}
			afterOpened = after.substring(0, bar);
			afterId = after.substring(bar + 1);
		}
		List<CaseRecord> page = List.copyOf(graph.query("my-cases")
			.bindAll(Parameters.of("staffId", subject.staffId(), "status", status, "afterOpened",
					afterOpened == null ? null : parseDate(afterOpened), "afterId", afterId, "limit", first + 1))
			.fetchAs(CaseRecord.class)
			.mappedBy((types, record) -> CaseRecord.from(record))
			.all());
		List<CaseRecord> cases = page.subList(0, Math.min(first, page.size()));
		CaseRecord last = cases.isEmpty() ? null : cases.get(cases.size() - 1);
		Set<String> households = new TreeSet<>();
		cases.stream().map(CaseRecord::householdId).filter(java.util.Objects::nonNull).forEach(households::add);
		Set<String> persons = new TreeSet<>();
		Set<Field> categories = new TreeSet<>();
		cases.forEach(item -> {
			persons.add(item.personId());
			categories.addAll(item.categories());
		});
		subject.recordRead(new PersonalDataRead(households, persons, cases.isEmpty() ? Set.of() : Set.of("OWN_AGENCY"),
				categories, Set.of(), Set.of(), 0));
		return new CasePage(List.copyOf(cases), new HouseholdPage.PageInfo(page.size() > first,
				last == null ? null : Cursor.encode(CURSOR_KIND, last.opened() + "|" + last.id())));
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidArgumentException("after", "cursor",
					"not a cursor issued by this API; pass pageInfo.endCursor of the previous page (カーソルが不正です)");
		}
	}

	/**
	 * A case is an item dated by its opening; each consultation in it, and its closing,
	 * are items of their own dates, so a 支援会議 held after the opening shares the case as
	 * it stood on the meeting's date and not what was recorded since.
	 */
	private Optional<CaseRecord> decide(AccessSubject subject, HouseholdAccess access, CaseRecord found) {
		Set<String> holder = Set.of(found.agency().id());
		Optional<Basis> basis = policy.item(access,
				new RecordedItem(holder, found.personId(), Set.copyOf(found.categories()), found.opened(), false),
				subject);
		if (basis.isEmpty()) {
			return Optional.empty();
		}
		CaseRecord seen = found.seenOn(basis.get(), policy.identity(access, found.personId(), subject).isPresent());
		if (basis.get().kind() == AccessBasis.OWN_AGENCY) {
			return Optional.of(seen);
		}
		List<Consultation> shown = new ArrayList<>();
		Set<Field> withheldCategories = new TreeSet<>();
		Set<Field> shownFields = new TreeSet<>();
		int withheld = 0;
		for (Consultation consultation : found.consultations()) {
			Set<Field> fields = consultation.fields().isEmpty() ? Set.copyOf(found.categories())
					: Set.copyOf(consultation.fields());
			if (policy
				.item(access, new RecordedItem(holder, found.personId(), fields, consultation.date(), false), subject)
				.isPresent()) {
				shown.add(consultation);
				shownFields.addAll(fields);
			}
			else {
				withheld++;
				withheldCategories.addAll(fields);
			}
		}
		boolean closingShown = found.closed() == null
				|| policy
					.item(access,
							new RecordedItem(holder, found.personId(), Set.copyOf(found.categories()), found.closed(),
									false),
							subject)
					.isPresent();
		if (!closingShown) {
			withheld++;
		}
		if (withheld == 0) {
			return Optional.of(seen);
		}
		// a field only later consultations brought is itself later news
		List<Field> categories = found.categories()
			.stream()
			.filter(category -> shownFields.contains(category) || !withheldCategories.contains(category))
			.toList();
		return Optional.of(seen.asItStood(shown, closingShown, categories,
				policy.answer(Withheld.of(withheld, withheldCategories), access, subject)));
	}

	private static void audit(AccessSubject subject, String householdId, List<CaseRecord> shown,
			List<CaseRecord> withheld) {
		ReadTally tally = new ReadTally();
		shown.forEach(item -> tally.shown(item.basis(), item.personId(), item.categories()));
		withheld.forEach(item -> tally.withheld(item.personId(), item.categories()));
		subject.recordRead(tally.read(subject.operation(), householdId == null ? Set.of() : Set.of(householdId)));
	}

}
