package jp.jusou.graph.admin;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.jusou.graph.admin.AdminInputs.SaveAgencyInput;
import jp.jusou.graph.admin.AdminInputs.SaveAreaInput;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.area.AreaService;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * ADMIN keeps the directory of agencies and areas (public data): {@code saveAgency} and
 * {@code saveArea} create one when no id is given and update the one named otherwise (an
 * unknown id is NOT_FOUND, so a typo never creates a second agency). Checked first,
 * written in one transaction, audited with {@code AGENCY:<id>} or {@code AREA:<id>} as
 * the bases.
 */
@Service
public record DirectoryAdministration(NamedQueries graph, AgencyService agencies, AreaService areas,
		KeptFacts keptFacts) {

	public Agency saveAgency(AccessSubject subject, SaveAgencyInput input) {
		String id = input.id() == null ? null : Validate.id("input.id", input.id());
		String name = Validate.text("input.name", input.name(), 200);
		String nameKana = Validate.optionalText("input.nameKana", input.nameKana(), 200);
		String kind = Validate.text("input.kind", input.kind(), 100);
		Validate.required("input.field", input.field());
		List<Integer> components = input.components() == null ? List.of()
				: input.components().stream().distinct().sorted().toList();
		for (int i = 0; i < components.size(); i++) {
			Validate.range("input.components[" + i + "]", components.get(i), 1, 6);
		}
		String address = Validate.optionalText("input.address", input.address(), 300);
		String phone = Validate.optionalText("input.phone", input.phone(), 30);
		GeoPoint location = input.location() == null ? null
				: Validate.point("input.location", input.location().latitude(), input.location().longitude());
		List<String> areaIds = input.areaIds() == null ? null
				: input.areaIds().stream().map(areaId -> Validate.id("input.areaIds", areaId)).distinct().toList();
		Record check = check(id, null, areaIds == null ? List.of() : areaIds);
		if (id != null && !check.get("agencyExists").asBoolean()) {
			throw new NotFoundException("input.id", "agency", id);
		}
		List<String> unknown = check.get("unknownAreas").asList(Value::asString);
		if (!unknown.isEmpty()) {
			throw new NotFoundException("input.areaIds", "area", unknown.get(0));
		}
		if (id == null && location == null) {
			throw new InvalidArgumentException("input.location", "required",
					"a new agency needs its location, for the map and distances (新しい機関には位置が必要です)");
		}
		String agencyId = id == null ? "ag-" + UUID.randomUUID() : id;
		Field formerField = id == null ? null : agencies.byId(id).field();
		graph.query("admin-agency-save")
			.bindAll(Parameters.of("agencyId", agencyId, "name", name, "nameKana", nameKana, "kind", kind, "field",
					input.field().name(), "components", components, "operation",
					input.operation() == null ? null : input.operation().name(), "address", address, "phone", phone,
					"latitude", location == null ? null : location.latitude(), "longitude",
					location == null ? null : location.longitude(), "areaIds", areaIds, "adminId", subject.staffId(),
					"convenesSupportMeetings", input.convenesSupportMeetings(), "evacuationSupportHolder",
					input.evacuationSupportHolder()))
			.run();
		if (formerField != null && formerField != input.field()) {
			keptFacts.afterAgencyFieldChange(agencyId);
		}
		audit(subject, "AGENCY:" + agencyId);
		return agencies.byId(agencyId);
	}

	public Area saveArea(AccessSubject subject, SaveAreaInput input) {
		String id = input.id() == null ? null : Validate.id("input.id", input.id());
		String name = Validate.text("input.name", input.name(), 100);
		String kind = Validate.text("input.kind", input.kind(), 100);
		String municipality = Validate.text("input.municipality", input.municipality(), 100);
		String note = Validate.optionalText("input.note", input.note(), 1000);
		if (id != null && !check(null, id, List.of()).get("areaExists").asBoolean()) {
			throw new NotFoundException("input.id", "area", id);
		}
		String areaId = id == null ? "area-" + UUID.randomUUID() : id;
		graph.query("admin-area-save")
			.bindAll(Parameters.of("areaId", areaId, "name", name, "kind", kind, "municipality", municipality, "note",
					note, "adminId", subject.staffId()))
			.run();
		audit(subject, "AREA:" + areaId);
		return areas.byId(areaId);
	}

	private Record check(String agencyId, String areaId, List<String> areaIds) {
		return graph
			.single("admin-directory-check", Parameters.of("agencyId", agencyId, "areaId", areaId, "areaIds", areaIds))
			.orElseThrow();
	}

	private static void audit(AccessSubject subject, String changed) {
		subject.recordRead(new PersonalDataRead(Set.of(), Set.of(), Set.of(changed), Set.of(), Set.of(), Set.of(), 0));
	}

}
