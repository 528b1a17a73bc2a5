package jp.jusou.graph.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.sessions.ActivitySession.ActivitySessions;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * Sessions held of activities (相談会, 介護予防教室, サロン): recorded with their counts by the
 * agency that held them, read per activity, and summed into an agency's year. Counts only
 * — a session names no resident, so reading one needs no basis and audits nothing.
 */
@Service
public class ActivitySessionsService {

	/** Attendance of one session at most. */
	static final int MAX_ATTENDEES = 10_000;

	private final NamedQueries graph;

	private final Clock clock;

	ActivitySessionsService(NamedQueries graph, Clock clock) {
		this.graph = graph;
		this.clock = clock;
	}

	/** The input of recordActivitySession, as the schema defines it. */
	record RecordActivitySessionInput(String activityId, LocalDate date, Integer attendees, Integer consulters,
			List<String> staffIds, String note) {
	}

	public ActivitySession record(AccessSubject subject, RecordActivitySessionInput input) {
		String activityId = Validate.id("input.activityId", input.activityId());
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		int attendees = Validate.range("input.attendees", input.attendees(), 0, MAX_ATTENDEES);
		Integer consulters = input.consulters() == null ? null
				: Validate.range("input.consulters", input.consulters(), 0, MAX_ATTENDEES);
		if (consulters != null && consulters > attendees) {
			throw new InvalidArgumentException("input.consulters", "at-most-attendees",
					"must not exceed attendees (相談者数は参加者数以下にしてください)");
		}
		String note = Validate.optionalText("input.note", input.note(), 1000);
		List<String> staffIds = input.staffIds() == null || input.staffIds().isEmpty() ? List.of(subject.staffId())
				: input.staffIds().stream().map(id -> Validate.id("input.staffIds", id)).distinct().toList();
		Record check = graph
			.single("activity-session-check",
					Parameters.of("staffId", subject.staffId(), "activityId", activityId, "staffIds", staffIds))
			.orElseThrow();
		if (check.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		if (!check.get("activityExists").asBoolean()) {
			throw new NotFoundException("input.activityId", "activity", activityId);
		}
		if (!check.get("strangers").asList().isEmpty()) {
			throw new InvalidArgumentException("input.staffIds", "staff-of-your-agency",
					"name staff of your own agency (自機関の職員を指定してください)");
		}
		String sessionId = "session-" + UUID.randomUUID();
		graph.query("activity-session-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "activityId", activityId, "sessionId", sessionId,
					"date", input.date(), "attendees", attendees, "consulters", consulters, "note", note, "staffIds",
					staffIds))
			.run();
		return read(activityId, null, null, sessionId).sessions().get(0);
	}

	public ActivitySessions sessions(String activityId, LocalDate from, LocalDate to) {
		String id = Validate.id("activityId", activityId);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from != null ? from : fiscalYearStart(today);
		LocalDate end = to != null ? to : start.plusYears(1).minusDays(1);
		if (end.isBefore(start)) {
			throw new InvalidArgumentException("to", "not-before-from", "must not be before from (終了日は開始日以降)");
		}
		return read(id, start, end, null);
	}

	public CswYear year(AccessSubject subject, int fiscalYear) {
		int year = Validate.range("fiscalYear", fiscalYear, 2000, LocalDate.now(clock).getYear() + 1);
		LocalDate from = LocalDate.of(year, 4, 1);
		return graph
			.single("csw-year",
					Map.of("staffId", subject.staffId(), "from", from, "to", from.plusYears(1).minusDays(1)))
			.map(row -> new CswYear(year, Agency.from(row.get("agency")), row.get("consultationSessions").asInt(),
					row.get("consulters").asInt(), row.get("consultationsTaken").asInt(),
					row.get("householdsVisited").asInt(), row.get("visits").asInt(), row.get("contactVisits").asInt(),
					row.get("sessionsHeld").asInt(), row.get("attendees").asInt()))
			.orElseThrow(NoBasisException::withoutAgency);
	}

	private ActivitySessions read(String activityId, LocalDate from, LocalDate to, String sessionId) {
		Record row = graph
			.single("activity-sessions",
					Parameters.of("activityId", activityId, "from", from, "to", to, "sessionId", sessionId))
			.orElseThrow(() -> new NotFoundException("activityId", "activity", activityId));
		Activity activity = Activity.from(row.get("activity"));
		List<ActivitySession> sessions = row.get("sessions").asList(value -> ActivitySession.from(activity, value));
		return new ActivitySessions(activity, from, to, sessions);
	}

	/** The first day of the fiscal year (年度, from April) that holds {@code day}. */
	static LocalDate fiscalYearStart(LocalDate day) {
		return LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
	}

}
