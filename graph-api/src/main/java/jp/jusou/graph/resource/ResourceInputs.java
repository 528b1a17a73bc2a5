package jp.jusou.graph.resource;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.GeoPointInput;
import jp.jusou.graph.support.Need;

/** The inputs of the resource and activity mutations, as the schema defines them. */
final class ResourceInputs {

	private ResourceInputs() {
	}

	record ResourceInput(String name, String nameKana, ResourceKind kind, String areaId, String address, String phone,
			GeoPointInput location, List<Need> offers, String operatorAgencyId, String note) {
	}

	record ActivityInput(String resourceId, String name, String rrule, LocalDate startDate, String startTime,
			String endTime, Integer targetAgeMin, Integer targetAgeMax, Integer capacity, List<Need> offers,
			String description) {
	}

}
