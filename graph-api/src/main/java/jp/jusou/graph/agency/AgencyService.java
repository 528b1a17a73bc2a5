package jp.jusou.graph.agency;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads agencies and the staff who work at them. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

	/** A staff member's name and agency. */
	public record StaffMembership(String staffName, Agency agency) {
	}

	private final NamedQueries graph;

	AgencyService(NamedQueries graph) {
		this.graph = graph;
	}

	public Agency byId(String id) {
		return graph.query("agency-by-id")
			.bind(id)
			.to("agencyId")
			.fetchAs(Agency.class)
			.mappedBy((types, record) -> Agency.from(record.get("agency")))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "agency", id));
	}

	public List<Agency> list(Field field, String areaId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("field", field == null ? null : field.name());
		parameters.put("areaId", areaId);
		return List.copyOf(graph.query("agencies")
			.bindAll(parameters)
			.fetchAs(Agency.class)
			.mappedBy((types, record) -> Agency.from(record.get("agency")))
			.all());
	}

	/** Areas served by each agency, in one query for the whole batch. */
	public Map<String, List<Agency>> agenciesOf(Collection<String> areaIds) {
		Map<String, List<Agency>> agencies = new HashMap<>();
		graph.query("area-agencies")
			.bind(List.copyOf(areaIds))
			.to("areaIds")
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				agencies.put(record.get("areaId").asString(), record.get("agencies").asList(Agency::from));
				return null;
			})
			.all();
		return agencies;
	}

	public Map<String, List<Area>> areasOf(Collection<String> agencyIds) {
		Map<String, List<Area>> areas = new HashMap<>();
		graph.query("agency-areas")
			.bind(List.copyOf(agencyIds))
			.to("agencyIds")
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				areas.put(record.get("agencyId").asString(), record.get("areas").asList(Area::from));
				return null;
			})
			.all();
		return areas;
	}

	public StaffMembership membership(String staffId) {
		return graph.query("staff-membership")
			.bind(staffId)
			.to("staffId")
			.fetchAs(StaffMembership.class)
			.mappedBy((types, record) -> new StaffMembership(record.get("staffName").asString(null),
					Agency.from(record.get("agency"))))
			.one()
			.orElse(null);
	}

}
