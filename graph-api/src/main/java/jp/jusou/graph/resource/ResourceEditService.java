package jp.jusou.graph.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.resource.ResourceInputs.ActivityInput;
import jp.jusou.graph.resource.ResourceInputs.ResourceInput;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Need;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;

/**
 * 地域づくり (第3号): community resources and their activities are created and edited here (the
 * dashboard's counts of them kept in the same transaction), and the needs no resource
 * meets are counted. Resources are public; no person is read or written.
 */
@Service
public record ResourceEditService(NamedQueries graph, KeptFacts keptFacts) {

	public Resource saveResource(AccessSubject subject, String id, ResourceInput input) {
		boolean create = id == null;
		String resourceId = create ? "res-" + UUID.randomUUID() : Validate.id("id", id);
		String name = Validate.text("input.name", input.name(), 200);
		Validate.required("input.kind", input.kind());
		GeoPoint location = Validate.required("input.location", input.location()).checked("input.location");
		Record check = check(resourceId, null, input.areaId(), input.operatorAgencyId());
		if (!create && !check.get("resourceExists").asBoolean()) {
			throw new NotFoundException("id", "resource", resourceId);
		}
		if (input.areaId() != null && !check.get("areaExists").asBoolean()) {
			throw new NotFoundException("input.areaId", "area", input.areaId());
		}
		if (input.operatorAgencyId() != null && !check.get("operatorExists").asBoolean()) {
			throw new NotFoundException("input.operatorAgencyId", "agency", input.operatorAgencyId());
		}
		Resource saved = graph.query("resource-write")
			.bindAll(Parameters.of("resourceId", resourceId, "name", name, "nameKana",
					Validate.optionalText("input.nameKana", input.nameKana(), 200), "kind", input.kind().name(),
					"address", Validate.optionalText("input.address", input.address(), 200), "phone",
					Validate.optionalText("input.phone", input.phone(), 40), "latitude", location.latitude(),
					"longitude", location.longitude(), "offers", needs(input.offers()), "note",
					Validate.optionalText("input.note", input.note(), 1000), "areaId", input.areaId(),
					"operatorAgencyId", input.operatorAgencyId(), "staffId", subject.staffId()))
			.fetchAs(Resource.class)
			.mappedBy((types, record) -> Resource.from(record.get("resource")))
			.one()
			.orElseThrow();
		keptFacts.afterResourceWrite(resourceId);
		return saved;
	}

	public Activity saveActivity(AccessSubject subject, String id, ActivityInput input) {
		boolean create = id == null;
		String activityId = create ? "act-" + UUID.randomUUID() : Validate.id("id", id);
		String name = Validate.text("input.name", input.name(), 200);
		Schedule schedule = Schedule.parse("input.rrule", input.rrule(), input.startDate());
		String start = Validate.time("input.startTime", input.startTime());
		String end = Validate.time("input.endTime", input.endTime());
		if (end.compareTo(start) <= 0) {
			throw new InvalidArgumentException("input.endTime", "after-startTime",
					"must be after startTime (終了時間は開始時間より後にしてください)");
		}
		Integer min = input.targetAgeMin() == null ? null
				: Validate.range("input.targetAgeMin", input.targetAgeMin(), 0, 120);
		Integer max = input.targetAgeMax() == null ? null
				: Validate.range("input.targetAgeMax", input.targetAgeMax(), 0, 120);
		if (min != null && max != null && max < min) {
			throw new InvalidArgumentException("input.targetAgeMax", "not-below-targetAgeMin",
					"must not be below targetAgeMin (対象年齢の上限は下限以上にしてください)");
		}
		Integer capacity = input.capacity() == null ? null
				: Validate.range("input.capacity", input.capacity(), 1, 10_000);
		Record check = check(Validate.id("input.resourceId", input.resourceId()), activityId, null, null);
		String resourceId = input.resourceId();
		if (!create) {
			if (!check.get("activityExists").asBoolean()) {
				throw new NotFoundException("id", "activity", activityId);
			}
			resourceId = check.get("activityResourceId").asString(resourceId);
		}
		else if (!check.get("resourceExists").asBoolean()) {
			throw new NotFoundException("input.resourceId", "resource", resourceId);
		}
		Activity saved = graph.query("activity-write")
			.bindAll(Parameters.of("resourceId", resourceId, "activityId", activityId, "name", name, "rrule",
					schedule.rrule(), "weekdays", schedule.weekdays().stream().map(Enum::name).toList(), "startDate",
					input.startDate(), "startTime", start, "endTime", end, "targetAgeMin", min, "targetAgeMax", max,
					"capacity", capacity, "offers", needs(input.offers()), "description",
					Validate.optionalText("input.description", input.description(), 1000), "staffId",
					subject.staffId()))
			.fetchAs(Activity.class)
			.mappedBy((types, record) -> Activity.from(record.get("activity")))
			.one()
			.orElseThrow();
		keptFacts.afterResourceWrite(resourceId);
		return saved;
	}

	public List<ResourceGap> gaps(String areaId, Integer withinMeters) {
		Validate.id("areaId", areaId);
		int within = Validate.range("withinMeters", withinMeters, 100, 10_000);
		return List.copyOf(graph.query("resource-gaps")
			.bindAll(Map.of("areaId", areaId, "within", within))
			.fetchAs(ResourceGap.class)
			.mappedBy((types, record) -> {
				Need need = Need.orNull(record.get("need").asString());
				return need == null ? null : new ResourceGap(need, record.get("households").asInt(),
						record.get("recordedIn").asList(value -> value.asString()));
			})
			.all()
			.stream()
			.filter(Objects::nonNull)
			.toList());
	}

	private Record check(String resourceId, String activityId, String areaId, String operatorAgencyId) {
		return graph
			.single("resource-edit-check",
					Parameters.of("resourceId", resourceId, "activityId", activityId, "areaId", areaId,
							"operatorAgencyId", operatorAgencyId))
			.orElseThrow();
	}

	private static List<String> needs(List<Need> needs) {
		return needs == null ? List.of() : needs.stream().map(Enum::name).distinct().toList();
	}

}
