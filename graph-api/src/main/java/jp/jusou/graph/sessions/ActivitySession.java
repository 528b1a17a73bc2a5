package jp.jusou.graph.sessions;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.resource.Activity;
import org.neo4j.driver.Value;

/** A session held of an activity, as the schema's ActivitySession: counts, no person. */
public record ActivitySession(String id, Activity activity, LocalDate date, int attendees, Integer consulters,
		int consultationsTaken, String agencyName, List<String> staffNames, String note) {

	static ActivitySession from(Activity activity, Value row) {
		return new ActivitySession(row.get("id").asString(), activity, row.get("date").asLocalDate(),
				row.get("attendees").asInt(), row.get("consulters").isNull() ? null : row.get("consulters").asInt(),
				row.get("consultationsTaken").asInt(), row.get("agencyName").asString(),
				row.get("staffNames").asList(Value::asString), row.get("note").asString(null));
	}

	/** The sessions of an activity in a period, with their sums. */
	public record ActivitySessions(Activity activity, LocalDate from, LocalDate to, List<ActivitySession> sessions) {

		public int held() {
			return sessions.size();
		}

		public int attendees() {
			return sessions.stream().mapToInt(ActivitySession::attendees).sum();
		}

		public int consulters() {
			return sessions.stream().mapToInt(session -> session.consulters() == null ? 0 : session.consulters()).sum();
		}

	}

}
