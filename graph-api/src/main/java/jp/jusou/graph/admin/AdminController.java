package jp.jusou.graph.admin;

import java.security.Principal;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.access.Role;
import jp.jusou.graph.admin.AdminInputs.CreateStaffInput;
import jp.jusou.graph.admin.AdminInputs.DisableStaffInput;
import jp.jusou.graph.admin.AdminInputs.MoveStaffInput;
import jp.jusou.graph.admin.AdminInputs.SaveAgencyInput;
import jp.jusou.graph.admin.AdminInputs.SaveAreaInput;
import jp.jusou.graph.admin.AdminInputs.SetStaffRolesInput;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.area.Area;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The ADMIN mutations: staff accounts, agencies, areas. Only ADMIN; a refusal is audited.
 */
@Controller
class AdminController {

	record StaffPayload(StaffAccountView staff) {
	}

	private final StaffAdministration staff;

	private final DirectoryAdministration directory;

	AdminController(StaffAdministration staff, DirectoryAdministration directory) {
		this.staff = staff;
		this.directory = directory;
	}

	@MutationMapping
	StaffPayload createStaff(@Argument CreateStaffInput input, Principal principal, GraphQLContext context) {
		return new StaffPayload(staff.create(admin(principal, context, "createStaff"), input));
	}

	@MutationMapping
	StaffPayload moveStaff(@Argument MoveStaffInput input, Principal principal, GraphQLContext context) {
		return new StaffPayload(staff.move(admin(principal, context, "moveStaff"), input));
	}

	@MutationMapping
	StaffPayload setStaffRoles(@Argument SetStaffRolesInput input, Principal principal, GraphQLContext context) {
		return new StaffPayload(staff.setRoles(admin(principal, context, "setStaffRoles"), input));
	}

	@MutationMapping
	StaffPayload disableStaff(@Argument DisableStaffInput input, Principal principal, GraphQLContext context) {
		return new StaffPayload(staff.disable(admin(principal, context, "disableStaff"), input));
	}

	@MutationMapping
	Agency saveAgency(@Argument SaveAgencyInput input, Principal principal, GraphQLContext context) {
		return directory.saveAgency(admin(principal, context, "saveAgency"), input);
	}

	@MutationMapping
	Area saveArea(@Argument SaveAreaInput input, Principal principal, GraphQLContext context) {
		return directory.saveArea(admin(principal, context, "saveArea"), input);
	}

	private static AccessSubject admin(Principal principal, GraphQLContext context, String field) {
		return AccessSubject.from(principal, context).requireRole(Role.ADMIN, "Mutation." + field);
	}

}
