package jp.jusou.graph.admin;

import jp.jusou.graph.admin.AdminInputs.SetStaffAreasInput;
import jp.jusou.graph.admin.AdminInputs.CreateStaffInput;
import jp.jusou.graph.admin.AdminInputs.DisableStaffInput;
import jp.jusou.graph.admin.AdminInputs.MoveStaffInput;
import jp.jusou.graph.admin.AdminInputs.SaveAgencyInput;
import jp.jusou.graph.admin.AdminInputs.SaveAreaInput;
import jp.jusou.graph.admin.AdminInputs.SetStaffRolesInput;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.request.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The ADMIN mutations: staff accounts, agencies, areas. Only ADMIN; a refusal is audited.
 */
@Controller
record AdminController(StaffAdministration staff, DirectoryAdministration directory) {

	record StaffPayload(StaffAccountView staff) {
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	StaffPayload createStaff(@Argument CreateStaffInput input, AccessSubject subject) {
		return new StaffPayload(staff.create(subject, input));
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	StaffPayload moveStaff(@Argument MoveStaffInput input, AccessSubject subject) {
		return new StaffPayload(staff.move(subject, input));
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	StaffPayload setStaffRoles(@Argument SetStaffRolesInput input, AccessSubject subject) {
		return new StaffPayload(staff.setRoles(subject, input));
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	StaffPayload setStaffAreas(@Argument SetStaffAreasInput input, AccessSubject subject) {
		return new StaffPayload(staff.setAreas(subject, input));
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	StaffPayload disableStaff(@Argument DisableStaffInput input, AccessSubject subject) {
		return new StaffPayload(staff.disable(subject, input));
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	Agency saveAgency(@Argument SaveAgencyInput input, AccessSubject subject) {
		return directory.saveAgency(subject, input);
	}

	@MutationMapping
	@Requires(anyRole = Role.ADMIN)
	Area saveArea(@Argument SaveAreaInput input, AccessSubject subject) {
		return directory.saveArea(subject, input);
	}

}
