package jp.jusou.graph.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.household.Member;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.resource.Distances;
import jp.jusou.graph.resource.Resource;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.QueryLimits;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Finds residents near an activity's venue who are isolated (definition in
 * graph-model.md). Who they are shows only on a basis; without one, the CSW still learns
 * where to reach out (household, area, age band, distance, reasons) — the outreach the
 * 第4号 component exists for.
 */
@Service
public record IsolatedResidentsService(NamedQueries graph, AccessPolicy policy, QueryLimits limits, Clock clock) {

	public IsolatedResidents near(AccessSubject subject, String activityId, int radiusMeters, int first) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> parameters = Map.of("activityId", activityId, "staffId", subject.staffId(), "radius",
				radiusMeters, "year", today.getYear(), "minimumAge", limits.isolationMinimumAge(),
				"withdrawnMinimumAge", limits.isolationWithdrawnMinimumAge(), "visitSince",
				today.minusDays(limits.isolationVisitDays()), "limit", first);
		IsolatedResidents answer = graph.query("isolated-residents-near")
			.bindAll(parameters)
			.fetchAs(IsolatedResidents.class)
			.mappedBy((types, record) -> new IsolatedResidents(Activity.from(record.get("activity")),
					Resource.from(record.get("venue")),
					record.get("residents").asList(resident -> resident(resident, subject, today.getYear()))))
			.one()
			.orElseThrow(() -> new NotFoundException("activityId", "activity", activityId));
		Set<String> households = new TreeSet<>();
		Set<String> shown = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<String> withheld = new TreeSet<>();
		for (IsolatedResident resident : answer.residents()) {
			households.add(resident.householdId());
			if (resident.person() != null) {
				shown.add(resident.person().id());
				bases.add(resident.person().basis().code());
			}
			else {
				withheld.add(resident.personId());
			}
		}
		subject
			.recordRead(new PersonalDataRead(households, shown, bases, Set.of(), withheld, Set.of(), withheld.size()));
		return answer;
	}

	private IsolatedResident resident(Value row, AccessSubject subject, int year) {
		String personId = row.get("personId").asString();
		HouseholdAccess access = HouseholdAccess.from(row.get("access"));
		String ageBand = AgeBand.of(row.get("birthYear").asInt(), year);
		Optional<Basis> basis = policy.identity(access, personId, subject);
		Member person = basis
			.map(granted -> new Member(personId, row.get("name").asString(), row.get("relation").asString(null),
					ageBand, null, null, granted))
			.orElse(null);
		List<IsolationReason> reasons = new ArrayList<>();
		if (row.get("livesAlone").asBoolean()) {
			reasons.add(IsolationReason.LIVES_ALONE);
		}
		else if (row.get("livesOnlyWithDependants").asBoolean()) {
			reasons.add(IsolationReason.LIVES_ONLY_WITH_DEPENDANT);
		}
		if (row.get("withdrawn").asBoolean()) {
			reasons.add(IsolationReason.WITHDRAWN);
		}
		reasons.addAll(List.of(IsolationReason.NO_ACTIVITY, IsolationReason.NO_TIE, IsolationReason.NO_RECENT_VISIT));
		return new IsolatedResident(personId, row.get("householdId").asString(), Area.from(row.get("area")), ageBand,
				Distances.toDecimetre(row.get("distance").asDouble()), reasons, person,
				person == null ? Withheld.identities(1) : null);
	}

}
