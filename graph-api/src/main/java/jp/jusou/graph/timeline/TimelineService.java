package jp.jusou.graph.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.ReadTally;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.household.Household;
import jp.jusou.graph.household.HouseholdPage;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.NamedQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's 支援経過記録: every window's contact with it in date order, each entry decided
 * by {@link AccessPolicy#item} as the household's agencies are — what the user's agency
 * recorded, what a consent covers, what a 支援会議 the agency attended shares; meetings only
 * to their attendees — and the rest counted, with its categories. One audit record per
 * request.
 */
@Service
public class TimelineService {

	static final String CURSOR_KIND = "timeline";

	private final NamedQueries graph;

	private final AccessPolicy policy;

	TimelineService(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public HouseholdTimeline timeline(AccessSubject subject, Household household, int first, String afterKey,
			Set<TimelineKind> kinds) {
		List<TimelineEntry> shown = new ArrayList<>();
		ReadTally tally = new ReadTally();
		for (Record row : rows(household.id())) {
			TimelineKind kind = TimelineKind.valueOf(row.get("kind").asString());
			if (!kinds.isEmpty() && !kinds.contains(kind)) {
				continue;
			}
			List<Field> categories = row.get("categories")
				.asList(value -> Field.of(value.asString(null)))
				.stream()
				.distinct()
				.toList();
			String memberId = row.get("memberId").asString(null);
			RecordedItem item = new RecordedItem(Set.copyOf(row.get("recordedBy").asList(Value::asString)), memberId,
					Set.copyOf(categories), row.get("date").asLocalDate(),
					row.get("supportMeetingContent").asBoolean());
			Optional<Basis> basis = policy.item(household.access(), item, subject);
			if (basis.isEmpty()) {
				tally.withheld(memberId, categories);
				continue;
			}
			shown.add(entry(kind, row, memberId, categories, basis.get()));
			tally.shown(basis.get(), memberId, categories);
		}
		shown.sort(Comparator.comparing(TimelineEntry::key));
		List<TimelineEntry> after = shown.stream().filter(entry -> entry.key().compareTo(afterKey) > 0).toList();
		List<TimelineEntry> page = after.subList(0, Math.min(first, after.size()));
		String endCursor = page.isEmpty() ? null : Cursor.encode(CURSOR_KIND, page.get(page.size() - 1).key());
		subject.recordRead(tally.read(subject.operation(), Set.of(household.id())));
		return new HouseholdTimeline(List.copyOf(page),
				new HouseholdPage.PageInfo(after.size() > page.size(), endCursor),
				policy.answer(tally.withheld(), household.access(), subject));
	}

	private List<Record> rows(String householdId) {
		return List.copyOf(graph.query("household-timeline")
			.bindAll(Map.of("householdId", householdId))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all());
	}

	private static TimelineEntry entry(TimelineKind kind, Record row, String memberId, List<Field> categories,
			Basis basis) {
		Agency agency = Agency.from(row.get("agency"));
		Agency toAgency = Agency.from(row.get("toAgency"));
		String status = row.get("status").asString(null);
		List<String> codes = row.get("codes").asList(value -> value.asString(null));
		String detail = row.get("detail").asString(null);
		return new TimelineEntry(kind, row.get("reference").asString(), row.get("date").asLocalDate(), agency, toAgency,
				memberId, categories, status, codes, detail, row.get("parent").asString(null),
				TimelineSummary.of(kind, status, codes, categories, agency, toAgency, detail), basis,
				row.get("at").asString(null));
	}

}
