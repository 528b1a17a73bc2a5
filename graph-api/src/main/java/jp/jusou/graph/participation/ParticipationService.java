package jp.jusou.graph.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.participation.FitRanking.Wishes;
import jp.jusou.graph.participation.ParticipationInputs.MatchParticipationInput;
import jp.jusou.graph.participation.ParticipationInputs.RecordFollowUpInput;
import jp.jusou.graph.participation.ParticipationInputs.SuggestParticipationInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.resource.Resource;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * 参加支援 (第2号): suggest activities that fit a person, match them, follow up with the person
 * and the host, and show the matches nobody has followed up. Reading the person's home
 * and age needs a basis for their identity, as every person-level read does.
 */
@Service
public record ParticipationService(NamedQueries graph, AccessFacts access, AgencyService agencies, Clock clock,
		KeptFacts keptFacts) {

	/**
	 * A match is the arranging agency's own record: following it up and listing it rest
	 * on that.
	 */
	private static final String OWN_MATCH = Basis.ownAgency().code();

	private record Person(String id, int birthYear, String householdId, Double latitude, Double longitude,
			List<Need> planNeeds) {
	}

	public List<ParticipationSuggestion> suggest(AccessSubject subject, SuggestParticipationInput input) {
		int radius = Validate.range("input.maxDistanceMeters", input.maxDistanceMeters(), 100, 20_000);
		int first = Validate.range("input.first", input.first(), 1, 50);
		String from = input.availableFrom() == null ? null
				: Validate.time("input.availableFrom", input.availableFrom());
		String until = input.availableUntil() == null ? null
				: Validate.time("input.availableUntil", input.availableUntil());
		Person person = personWithBasis(subject, input.personId());
		if (person.latitude() == null) {
			throw new InvalidArgumentException("input.personId", "home-located",
					"the household has no location, so distances cannot be measured (世帯の位置が未登録です)");
		}
		Set<Need> needs = new LinkedHashSet<>(
				input.needs() == null || input.needs().isEmpty() ? person.planNeeds() : input.needs());
		Wishes wishes = new Wishes(needs, input.weekdays() == null ? Set.of() : Set.copyOf(input.weekdays()), from,
				until, radius, LocalDate.now(clock).getYear() - person.birthYear());
		List<ParticipationSuggestion> ranked = new ArrayList<>(graph.query("participation-candidates")
			.bindAll(Parameters.of("latitude", person.latitude(), "longitude", person.longitude(), "radius", radius,
					"personId", person.id()))
			.fetchAs(ParticipationSuggestion.class)
			.mappedBy((types, record) -> FitRanking.rank(wishes, Activity.from(record.get("activity")),
					Resource.from(record.get("resource")), record.get("distance").asDouble(),
					record.get("activeMatches").asInt(), record.get("alreadyTakingPart").asBoolean()))
			.all()
			.stream()
			.filter(Objects::nonNull)
			.toList());
		ranked.sort(Comparator.comparingInt(ParticipationSuggestion::score)
			.reversed()
			.thenComparingDouble(ParticipationSuggestion::distanceMeters)
			.thenComparing(suggestion -> suggestion.activity().id()));
		return List.copyOf(ranked.subList(0, Math.min(first, ranked.size())));
	}

	public ParticipationMatch match(AccessSubject subject, MatchParticipationInput input) {
		LocalDate today = LocalDate.now(clock);
		String activityId = Validate.id("input.activityId", input.activityId());
		Validate.required("input.startDate", input.startDate());
		if (input.startDate().isAfter(today.plusYears(1))) {
			throw new InvalidArgumentException("input.startDate", "within-a-year",
					"at most a year ahead (開始日は1年以内にしてください)");
		}
		String note = Validate.optionalText("input.note", input.note(), 1000);
		Person person = personWithBasis(subject, input.personId());
		Record activity = graph
			.single("participation-activity", Map.of("activityId", activityId, "personId", person.id()))
			.orElseThrow(() -> new NotFoundException("input.activityId", "activity", activityId));
		Activity found = Activity.from(activity.get("activity"));
		if (activity.get("alreadyMatched").asBoolean()) {
			throw new InvalidArgumentException("input.activityId", "not-already-matched",
					"the person already has an active match to this activity (すでにマッチング中です)");
		}
		if (!found.fitsAge(today.getYear() - person.birthYear())) {
			throw new InvalidArgumentException("input.activityId", "target-age",
					"the person is outside the activity's target ages (対象年齢外です)");
		}
		if (found.capacity() != null && activity.get("activeMatches").asInt() >= found.capacity()) {
			throw new InvalidArgumentException("input.activityId", "capacity",
					"the activity is full: " + found.capacity() + " places (定員に達しています)");
		}
		String matchId = "match-" + UUID.randomUUID();
		graph.query("participation-match")
			.bindAll(Parameters.of("staffId", subject.staffId(), "personId", person.id(), "activityId", activityId,
					"matchId", matchId, "startDate", input.startDate(), "note", note))
			.run();
		keptFacts.afterWrite(Set.of(person.id()), Set.of());
		return byId(matchId);
	}

	public ParticipationMatch followUp(AccessSubject subject, RecordFollowUpInput input) {
		String matchId = Validate.id("input.matchId", input.matchId());
		Validate.required("input.party", input.party());
		Validate.required("input.outcome", input.outcome());
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		String note = Validate.optionalText("input.note", input.note(), 1000);
		ParticipationMatch match = byId(matchId);
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		if (membership == null || membership.agency() == null || !match.arrangedBy().equals(membership.agency().id())) {
			throw new NoBasisException("input.matchId",
					"only the agency that arranged the match follows it up" + " (マッチングを行った機関のみ記録できます)");
		}
		if (!"ACTIVE".equals(match.status())) {
			throw new InvalidArgumentException("input.matchId", "match-active",
					"the match ended on " + match.ended() + " (終了したマッチングです)");
		}
		if (input.date().isBefore(match.started())) {
			throw new InvalidArgumentException("input.date", "not-before-start",
					"the match started on " + match.started() + " (開始日より前の日付です)");
		}
		graph.query("participation-follow-up")
			.bindAll(Parameters.of("matchId", matchId, "followUpId", "follow-up-" + UUID.randomUUID(), "party",
					input.party().name(), "date", input.date(), "outcome", input.outcome().name(), "note", note,
					"staffId", subject.staffId()))
			.run();
		keptFacts.afterWrite(Set.of(match.personId()), Set.of());
		audit(subject, match.householdId(), match.personId(), OWN_MATCH);
		return byId(matchId);
	}

	public List<ParticipationMatch> lapsed(AccessSubject subject, Integer days) {
		int checked = Validate.range("days", days, 1, 3650);
		List<String> ids = List.copyOf(graph.query("participation-lapsed")
			.bindAll(Map.of("staffId", subject.staffId(), "since", LocalDate.now(clock).minusDays(checked)))
			.fetchAs(String.class)
			.all());
		List<ParticipationMatch> matches = ids.stream().map(this::byId).toList();
		matches.forEach(match -> audit(subject, match.householdId(), match.personId(), OWN_MATCH));
		return matches;
	}

	/** The matches the user's agency arranged for a person (its own records). */
	public List<ParticipationMatch> of(AccessSubject subject, String personId) {
		List<String> ids = List.copyOf(graph.query("participation-matches-of")
			.bindAll(Map.of("staffId", subject.staffId(), "personId", personId))
			.fetchAs(String.class)
			.all());
		List<ParticipationMatch> matches = ids.stream().map(this::byId).toList();
		matches.forEach(match -> audit(subject, match.householdId(), match.personId(), OWN_MATCH));
		return matches;
	}

	private ParticipationMatch byId(String matchId) {
		LocalDate today = LocalDate.now(clock);
		return graph.query("participation-match-by-id")
			.bind(matchId)
			.to("matchId")
			.fetchAs(ParticipationMatch.class)
			.mappedBy((types, record) -> ParticipationMatch.from(record, today))
			.one()
			.orElseThrow(() -> new NotFoundException("input.matchId", "match", matchId));
	}

	/**
	 * The person, when the user has a basis for their identity; else NO_BASIS, audited.
	 */
	private Person personWithBasis(AccessSubject subject, String personId) {
		Validate.id("input.personId", personId);
		Person person = graph.query("participation-person")
			.bind(personId)
			.to("personId")
			.fetchAs(Person.class)
			.mappedBy((types, record) -> new Person(record.get("personId").asString(), record.get("birthYear").asInt(),
					record.get("householdId").asString(),
					record.get("home").isNull() ? null : record.get("home").get("latitude").asDouble(),
					record.get("home").isNull() ? null : record.get("home").get("longitude").asDouble(),
					record.get("planNeeds")
						.asList(value -> Need.orNull(value.asString()))
						.stream()
						.filter(Objects::nonNull)
						.toList()))
			.one()
			.orElseThrow(() -> new NotFoundException("input.personId", "person", personId));
		Optional<Basis> identity = access.forPerson(subject, personId).flatMap(AccessFacts.PersonStanding::identity);
		if (identity.isEmpty()) {
			subject.recordRead(PersonalDataRead.denied());
			throw new NoBasisException("input.personId",
					"your agency has no basis for this person" + " (この本人について自機関に閲覧の根拠がありません。同意を得るか支援会議で共有してください)");
		}
		audit(subject, person.householdId(), personId, identity.get().code());
		return person;
	}

	private static void audit(AccessSubject subject, String householdId, String personId, String basis) {
		subject.recordRead(new PersonalDataRead(householdId == null ? Set.of() : Set.of(householdId), Set.of(personId),
				Set.of(basis), Set.of(), Set.of(), Set.of(), 0));
	}

}
