package jp.jusou.graph.participation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.resource.Distances;
import jp.jusou.graph.resource.Resource;
import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.Weekday;

/**
 * How well an activity fits a person: needs met (up to 50 points), nearness (30),
 * schedule (20). Activities outside the target ages, already full, or already attended
 * are left out; every point given or withheld comes with a reason in Japanese.
 */
final class FitRanking {

	record Wishes(Set<Need> needs, Set<Weekday> weekdays, String from, String until, int radius, int age) {
	}

	private FitRanking() {
	}

	/**
	 * The suggestion, or null when the activity is out (age, full, already taking part).
	 */
	static ParticipationSuggestion rank(Wishes wishes, Activity activity, Resource resource, double distance,
			int activeMatches, boolean alreadyTakingPart) {
		if (alreadyTakingPart || !activity.fitsAge(wishes.age())) {
			return null;
		}
		Integer free = activity.capacity() == null ? null : Math.max(0, activity.capacity() - activeMatches);
		if (free != null && free == 0) {
			return null;
		}
		List<String> reasons = new ArrayList<>();
		Set<Need> offered = new LinkedHashSet<>(activity.offers());
		offered.addAll(resource.offers());
		double score = 0;
		if (wishes.needs().isEmpty()) {
			score += 20;
			reasons.add("ニーズの指定なし");
		}
		else {
			List<Need> met = wishes.needs().stream().filter(offered::contains).toList();
			score += 50.0 * met.size() / wishes.needs().size();
			met.forEach(need -> reasons.add("ニーズ「" + need.label() + "」に合う"));
			if (met.isEmpty()) {
				reasons.add("指定したニーズに合う内容はない");
			}
		}
		score += 30.0 * Math.max(0, 1 - distance / wishes.radius());
		reasons.add("自宅から約" + Math.round(distance / 100.0) * 100 + "m");
		boolean dayFits = wishes.weekdays().isEmpty()
				|| activity.weekdays().stream().anyMatch(wishes.weekdays()::contains);
		boolean timeFits = within(activity.startTime(), activity.endTime(), wishes.from(), wishes.until());
		if (dayFits && timeFits) {
			score += 20;
			reasons.add("参加できる日時に開催（" + activity.scheduleLabel() + "）");
		}
		else {
			reasons.add((dayFits ? "時間帯が合わない" : "曜日が合わない") + "（" + activity.scheduleLabel() + "）");
		}
		if (activity.targetAgeMin() != null || activity.targetAgeMax() != null) {
			reasons.add("対象年齢に合う");
		}
		if (free != null) {
			reasons.add("空き" + free + "人");
		}
		return new ParticipationSuggestion(activity, resource, Distances.toDecimetre(distance), (int) Math.round(score),
				List.copyOf(reasons), free);
	}

	private static boolean within(String start, String end, String from, String until) {
		if (start == null) {
			return true;
		}
		boolean afterFrom = from == null || start.compareTo(from) >= 0;
		boolean beforeUntil = until == null || (end == null ? start : end).compareTo(until) <= 0;
		return afterFrom && beforeUntil;
	}

}
