package jp.jusou.graph.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Weekday;

import org.springframework.stereotype.Service;

/** Finds community resources and their activities near a point or a household's home. */
@Service
public record ResourceService(NamedQueries graph, AccessPolicy policy) {

	private record HouseholdCentred(HouseholdAccess access, List<ResourceNearby> resources) {
	}

	public List<ResourceNearby> nearPoint(double latitude, double longitude, int radiusMeters, List<ResourceKind> kinds,
			Weekday weekday, ResourceSelection selection) {
		Map<String, Object> parameters = filters(radiusMeters, kinds, weekday, selection);
		parameters.put("latitude", latitude);
		parameters.put("longitude", longitude);
		return List.copyOf(graph.query("resources-near-point")
			.bindAll(parameters)
			.fetchAs(ResourceNearby.class)
			.mappedBy((types, record) -> ResourceNearby.from(record.get("resource"), record.get("distance"),
					record.get("activities")))
			.all());
	}

	/**
	 * Centred on a household's home: only where the user may see its location (a member's
	 * basis, or its own visit).
	 */
	public List<ResourceNearby> nearHousehold(AccessSubject subject, String householdId, int radiusMeters,
			List<ResourceKind> kinds, Weekday weekday, ResourceSelection selection) {
		Map<String, Object> parameters = filters(radiusMeters, kinds, weekday, selection);
		parameters.put("householdId", householdId);
		parameters.put("staffId", subject.staffId());
		HouseholdCentred answer = graph.query("resources-near-household")
			.bindAll(parameters)
			.fetchAs(HouseholdCentred.class)
			.mappedBy((types, record) -> new HouseholdCentred(HouseholdAccess.from(record.get("access")),
					record.get("resources")
						.asList(nearby -> ResourceNearby.from(nearby.get("resource"), nearby.get("distance"),
								nearby.get("activities")))))
			.one()
			.orElseThrow(() -> new NotFoundException("near.householdId", "household", householdId));
		Optional<Basis> location = policy.location(answer.access(), subject);
		if (location.isEmpty()) {
			subject.recordRead(
					new PersonalDataRead(Set.of(householdId), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1));
			throw new NoBasisException("near.householdId",
					"no basis to use this household's home as a search centre; search from a point instead, or obtain consent or a 支援会議 membership"
							+ " (この世帯の住所を検索の中心に使う根拠がありません。地点で検索するか、本人同意または支援会議の構成員資格が必要です)");
		}
		subject.recordRead(new PersonalDataRead(Set.of(householdId), Set.of(), Set.of(location.get().code()), Set.of(),
				Set.of(), Set.of(), 0));
		return answer.resources();
	}

	private static Map<String, Object> filters(int radiusMeters, List<ResourceKind> kinds, Weekday weekday,
			ResourceSelection selection) {
		Map<String, Object> parameters = new HashMap<>(selection.parameters());
		parameters.put("radius", radiusMeters);
		parameters.put("kinds", kinds == null ? null : kinds.stream().map(Enum::name).toList());
		parameters.put("weekday", weekday == null ? null : weekday.name());
		return parameters;
	}

}
