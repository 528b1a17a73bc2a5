package jp.jusou.graph.outreach;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.household.HouseholdPage;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * {@code receivedSignals}: the signals the user's agency received — about a household or
 * only an address — newest first. A signal is the receiving agency's own record
 * (OWN_AGENCY); nobody else lists it.
 */
@Service
public record ReceivedSignals(NamedQueries graph) {

	static final String CURSOR_KIND = "signal";

	/** One received signal (the schema's {@code ReceivedSignal}). */
	public record ReceivedSignal(String id, LocalDate date, String source, String note, String address,
			String householdId, GeoPoint location, Area area) {
	}

	/** The schema's {@code SignalPage}. */
	public record SignalPage(List<ReceivedSignal> signals, HouseholdPage.PageInfo pageInfo) {
	}

	public SignalPage page(AccessSubject subject, int first, String after) {
		LocalDate afterDate = null;
		String afterId = null;
		if (!after.isEmpty()) {
			int bar = after.indexOf('|');
			try {
				afterDate = LocalDate.parse(after.substring(0, Math.max(bar, 0)));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidArgumentException("after", "cursor",
						"not a cursor issued by this API; pass pageInfo.endCursor of the previous page (カーソルが不正です)");
			}
			afterId = after.substring(bar + 1);
		}
		List<ReceivedSignal> rows = List.copyOf(graph.query("received-signals")
			.bindAll(Parameters.of("staffId", subject.staffId(), "afterDate", afterDate, "afterId", afterId, "limit",
					first + 1))
			.fetchAs(ReceivedSignal.class)
			.mappedBy((types, record) -> {
				Value signal = record.get("signal");
				return new ReceivedSignal(signal.get("id").asString(), signal.get("date").asLocalDate(),
						signal.get("source").asString(null), signal.get("note").asString(null),
						signal.get("address").asString(null), signal.get("householdId").asString(null),
						GeoPoint.from(signal.get("location")), Area.from(record.get("area")));
			})
			.all());
		List<ReceivedSignal> signals = rows.subList(0, Math.min(first, rows.size()));
		ReceivedSignal last = signals.isEmpty() ? null : signals.get(signals.size() - 1);
		Set<String> households = new TreeSet<>();
		signals.stream().map(ReceivedSignal::householdId).filter(Objects::nonNull).forEach(households::add);
		subject.recordRead(new PersonalDataRead(households, Set.of(),
				signals.isEmpty() ? Set.of() : Set.of("OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		return new SignalPage(List.copyOf(signals), new HouseholdPage.PageInfo(rows.size() > first,
				last == null ? null : Cursor.encode(CURSOR_KIND, last.date() + "|" + last.id())));
	}

}
