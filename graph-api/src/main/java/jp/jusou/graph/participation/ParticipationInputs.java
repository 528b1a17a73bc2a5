package jp.jusou.graph.participation;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.Weekday;

/** The inputs of the participation fields, as the schema defines them. */
final class ParticipationInputs {

	private ParticipationInputs() {
	}

	record SuggestParticipationInput(String personId, List<Need> needs, List<Weekday> weekdays, String availableFrom,
			String availableUntil, Integer maxDistanceMeters, Integer first) {
	}

	record MatchParticipationInput(String personId, String activityId, LocalDate startDate, String note) {
	}

	record RecordFollowUpInput(String matchId, FollowUpParty party, LocalDate date, FollowUpOutcome outcome,
			String note) {
	}

}
