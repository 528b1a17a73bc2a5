package jp.jusou.graph.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADMIN manages staff, agencies and areas through the API: each change takes effect (a
 * new account signs in, a move changes the agency, a disabled account is refused), each
 * is audited naming what changed, bad input gets an error naming the field and writes
 * nothing, and nobody else may do it.
 */
@GraphApiTest
class AdminTests {

	static final String STAFF = "{ staff { id username name agency { id } roles disabled disabledReason passwordSignIn } }";

	static final String CREATE = "mutation($input: CreateStaffInput!) { createStaff(input: $input) " + STAFF + " }";

	static final String PASSWORD = "kaigo-renkei-2026";

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void removeWhatWasCreated() {
		graph.rows("""
				UNWIND $ids AS id
				OPTIONAL MATCH (s:Staff {id: id}) OPTIONAL MATCH (a:Agency {id: id}) OPTIONAL MATCH (area:Area {id: id})
				DETACH DELETE s, a, area""", Map.of("ids", created));
	}

	@Test
	void aNewAccountSignsInMovesChangesRolesAndOnceDisabledCannotSignIn() {
		Map<String, Object> staff = ok("admin", CREATE, Map.of("input", Map.of("username", "shinnin.tarou", "name",
				"新任 太郎（相談支援員）", "agencyId", "ag-seikatsu", "roles", List.of("AGENCY_STAFF"), "password", PASSWORD)),
				"createStaff.staff");
		String id = (String) staff.get("id");
		created.add(id);
		assertThat(staff).containsEntry("agency", Map.of("id", "ag-seikatsu"))
			.containsEntry("disabled", false)
			.containsEntry("passwordSignIn", true);
		assertThat(graph.rows("MATCH (s:Staff {id: $id}) RETURN s.passwordHash STARTS WITH '$2' AS bcrypt",
				Map.of("id", id)))
			.containsExactly(Map.of("bcrypt", true));
		assertThat(as("shinnin.tarou").document("{ me { agency { id } roles } }")
			.execute()
			.path("me")
			.entity(Map.class)
			.get()).isEqualTo(Map.of("agency", Map.of("id", "ag-seikatsu"), "roles", List.of("AGENCY_STAFF")));

		ok("admin", "mutation($input: MoveStaffInput!) { moveStaff(input: $input) { staff { id } } }",
				Map.of("input", Map.of("staffId", id, "agencyId", "ag-kodomo")), "moveStaff");
		ok("admin", "mutation($input: SetStaffRolesInput!) { setStaffRoles(input: $input) { staff { id } } }",
				Map.of("input", Map.of("staffId", id, "roles", List.of("AGENCY_STAFF", "CSW"))), "setStaffRoles");
		assertThat(as("shinnin.tarou").document("{ me { agency { id } roles } }")
			.execute()
			.path("me")
			.entity(Map.class)
			.get()).isEqualTo(Map.of("agency", Map.of("id", "ag-kodomo"), "roles", List.of("AGENCY_STAFF", "CSW")));

		Map<String, Object> disabled = ok("admin",
				"mutation($input: DisableStaffInput!) { disableStaff(input: $input) " + STAFF + " }",
				Map.of("input", Map.of("staffId", id, "reason", "退職")), "disableStaff.staff");
		assertThat(disabled).containsEntry("disabled", true).containsEntry("disabledReason", "退職");
		users.client()
			.post()
			.uri("/graphql")
			.headers(headers -> headers.setBasicAuth("shinnin.tarou", PASSWORD))
			.bodyValue(Map.of("query", "{ me { staffId } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(graph.rows("""
				MATCH (e:AuditEvent) WHERE $basis IN e.bases RETURN e.operation AS operation, e.username AS username
				ORDER BY e.time, e.sequence""", Map.of("basis", "STAFF:" + id))).containsExactly(
				Map.of("operation", "Mutation.createStaff", "username", "admin"),
				Map.of("operation", "Mutation.moveStaff", "username", "admin"),
				Map.of("operation", "Mutation.setStaffRoles", "username", "admin"),
				Map.of("operation", "Mutation.disableStaff", "username", "admin"));
	}

	@Test
	void badInputNamesTheFieldAndNobodyButAdminMayManage() {
		long before = count();
		Map<String, Object> valid = Map.of("username", "shinnin.hanako", "name", "新任 花子", "agencyId", "ag-seikatsu",
				"roles", List.of("AGENCY_STAFF"), "password", PASSWORD);
		assertThat(error("coordinator", CREATE, Map.of("input", valid))).containsEntry("code", "ROLE_NOT_ALLOWED");
		assertThat(error("admin", CREATE, Map.of("input", with(valid, "username", "Bad Name"))))
			.containsEntry("argument", "input.username")
			.containsEntry("rule", "username");
		assertThat(error("admin", CREATE, Map.of("input", with(valid, "username", "coordinator"))))
			.containsEntry("argument", "input.username")
			.containsEntry("rule", "unique");
		assertThat(error("admin", CREATE, Map.of("input", with(valid, "password", "short"))))
			.containsEntry("argument", "input.password")
			.containsEntry("rule", "password-length");
		assertThat(error("admin", CREATE, Map.of("input", with(valid, "agencyId", "ag-nowhere"))))
			.containsEntry("code", "NOT_FOUND")
			.containsEntry("argument", "input.agencyId");
		assertThat(error("admin", CREATE, Map.of("input", with(valid, "roles", List.of())))).containsEntry("argument",
				"input.roles");
		assertThat(
				error("admin", "mutation($input: DisableStaffInput!) { disableStaff(input: $input) { staff { id } } }",
						Map.of("input", Map.of("staffId", "st-admin", "reason", "試験"))))
			.containsEntry("rule", "not-self");
		assertThat(error("admin",
				"mutation($input: SetStaffRolesInput!) { setStaffRoles(input: $input) { staff { id } } }",
				Map.of("input", Map.of("staffId", "st-admin", "roles", List.of("DASHBOARD")))))
			.containsEntry("rule", "keep-own-admin");
		assertThat(error("admin", "mutation($input: MoveStaffInput!) { moveStaff(input: $input) { staff { id } } }",
				Map.of("input", Map.of("staffId", "st-nobody", "agencyId", "ag-kodomo"))))
			.containsEntry("code", "NOT_FOUND")
			.containsEntry("argument", "input.staffId");
		assertThat(count()).isEqualTo(before);
		assertThat(graph.rows("MATCH (s:Staff {id: 'st-admin'}) RETURN s.roles AS roles, s.disabled AS disabled",
				Map.of()))
			.containsExactly(Map.of("roles", List.of("ADMIN"), "disabled", false));
	}

	@Test
	void agenciesAndAreasAreCreatedAndUpdatedAndAnUnknownIdIsNotFound() {
		Map<String, Object> area = ok("admin",
				"mutation($input: SaveAreaInput!) { saveArea(input: $input) { id name } }",
				Map.of("input", Map.of("name", "大戸地区", "kind", "日常生活圏域", "municipality", "会津若松市")), "saveArea");
		String areaId = (String) area.get("id");
		created.add(areaId);
		String save = "mutation($input: SaveAgencyInput!) { saveAgency(input: $input) { id name field components operation } }";
		Map<String, Object> agency = ok("admin", save,
				Map.of("input",
						Map.of("name", "大戸地域包括支援センター（架空）", "kind", "地域包括支援センター", "field", "CARE", "components",
								List.of(1), "operation", "CONTRACTED", "location",
								Map.of("latitude", 37.40, "longitude", 139.95), "areaIds", List.of(areaId))),
				"saveAgency");
		String agencyId = (String) agency.get("id");
		created.add(agencyId);
		List<Object> serving = ok("admin", "query($id: ID!) { area(id: $id) { agencies { id } } }",
				Map.of("id", areaId), "area.agencies");
		assertThat(serving).isEqualTo(List.of(Map.of("id", agencyId)));
		Map<String, Object> updated = ok("admin", save, Map.of("input", Map.of("id", agencyId, "name", "大戸地域包括支援センター",
				"kind", "地域包括支援センター", "field", "CARE", "components", List.of(1, 2))), "saveAgency");
		assertThat(updated).containsEntry("name", "大戸地域包括支援センター").containsEntry("components", List.of(1, 2));
		assertThat(error("admin", save,
				Map.of("input", Map.of("id", "ag-typo", "name", "x", "kind", "x", "field", "CARE"))))
			.containsEntry("code", "NOT_FOUND")
			.containsEntry("argument", "input.id");
		assertThat(error("admin", save,
				Map.of("input",
						Map.of("name", "x", "kind", "x", "field", "CARE", "components", List.of(7), "location",
								Map.of("latitude", 37.4, "longitude", 139.9)))))
			.containsEntry("argument", "input.components[0]");
		assertThat(graph.rows("MATCH (a:Agency {id: 'ag-typo'}) RETURN count(a) AS n", Map.of()))
			.containsExactly(Map.of("n", 0L));
	}

	private HttpGraphQlTester as(String username) {
		return users.anonymous().mutate().headers(headers -> headers.setBasicAuth(username, PASSWORD)).build();
	}

	@SuppressWarnings("unchecked")
	private <T> T ok(String user, String document, Map<String, Object> variables, String path) {
		var request = users.as(user, null).document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return (T) request.execute().path(path).entity(Object.class).get();
	}

	private Map<String, Object> error(String user, String document, Map<String, Object> variables) {
		var request = users.as(user, null).document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		List<ResponseError> errors = new ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getMessage()).doesNotContain("Exception", "MATCH ", "jp.jusou");
		return errors.get(0).getExtensions();
	}

	private long count() {
		return ((Number) graph.rows("MATCH (s:Staff) RETURN count(s) AS n", Map.of()).get(0).get("n")).longValue();
	}

	private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(base);
		copy.put(key, value);
		return copy;
	}

}
