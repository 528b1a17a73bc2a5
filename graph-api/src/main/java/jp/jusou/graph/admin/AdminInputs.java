package jp.jusou.graph.admin;

import java.util.List;

import jp.jusou.graph.agency.Operation;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.GeoPointInput;

/** The inputs of the ADMIN mutations, as the schema defines them. */
final class AdminInputs {

	private AdminInputs() {
	}

	record CreateStaffInput(String username, String name, String agencyId, List<Role> roles, String password,
			String subject) {
	}

	record MoveStaffInput(String staffId, String agencyId) {
	}

	record SetStaffRolesInput(String staffId, List<Role> roles) {
	}

	record DisableStaffInput(String staffId, String reason) {
	}

	record SetStaffAreasInput(String staffId, List<String> areaIds, String stationedAtResourceId) {
	}

	record SaveAgencyInput(String id, String name, String nameKana, String kind, Field field, List<Integer> components,
			Operation operation, String address, String phone, GeoPointInput location, List<String> areaIds,
			Boolean convenesSupportMeetings, Boolean evacuationSupportHolder) {
	}

	record SaveAreaInput(String id, String name, String kind, String municipality, String note) {
	}

}
