package jp.jusou.graph.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.jusou.graph.admin.AdminInputs.CreateStaffInput;
import jp.jusou.graph.admin.AdminInputs.DisableStaffInput;
import jp.jusou.graph.admin.AdminInputs.MoveStaffInput;
import jp.jusou.graph.admin.AdminInputs.SetStaffAreasInput;
import jp.jusou.graph.admin.AdminInputs.SetStaffRolesInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * ADMIN manages staff accounts: create, move to another agency, set roles, disable. Each
 * is checked first, written in one transaction and audited (the audit event names the
 * account in its bases, {@code STAFF:<id>}). A move takes effect on the next request (the
 * agency is read in every query); a role change or a disabling within the sign-in memory
 * ({@code jusou.access.sign-in-cache}, 30 s). An administrator cannot disable their own
 * account or take away their own ADMIN role.
 */
@Service
public record StaffAdministration(NamedQueries graph, PasswordEncoder passwords) {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	static final int MIN_PASSWORD = 12;

	public StaffAccountView create(AccessSubject subject, CreateStaffInput input) {
		String username = Validate.required("input.username", input.username());
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidArgumentException("input.username", "username",
					"3–64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"
							+ " (ユーザー名は半角英小文字・数字・. _ - の3〜64文字です)");
		}
		String name = Validate.text("input.name", input.name(), 100);
		String agencyId = Validate.id("input.agencyId", input.agencyId());
		List<String> roles = roles(input.roles());
		String password = input.password();
		if (password != null && (password.length() < MIN_PASSWORD || password.length() > 200)) {
			throw new InvalidArgumentException("input.password", "password-length",
					"at least " + MIN_PASSWORD + " characters (パスワードは" + MIN_PASSWORD + "文字以上です)");
		}
		String oidcSubject = Validate.optionalText("input.subject", input.subject(), 200);
		if (password == null && oidcSubject == null) {
			throw new InvalidArgumentException("input.password", "a-way-to-sign-in",
					"give a password, an identity provider subject, or both (パスワードまたはIdPのsubjectを指定してください)");
		}
		Record check = check(null, username, oidcSubject, agencyId);
		if (!check.get("agencyExists").asBoolean()) {
			throw new NotFoundException("input.agencyId", "agency", agencyId);
		}
		if (check.get("usernameTaken").asBoolean()) {
			throw new InvalidArgumentException("input.username", "unique", "the username is taken (使用済みのユーザー名です)");
		}
		if (check.get("subjectTaken").asBoolean()) {
			throw new InvalidArgumentException("input.subject", "unique",
					"another account has this subject (他のアカウントに登録済みのsubjectです)");
		}
		String staffId = "st-" + UUID.randomUUID();
		graph.query("admin-staff-create")
			.bindAll(Parameters.of("staffId", staffId, "username", username, "name", name, "roles", roles,
					"passwordHash", password == null ? null : passwords.encode(password), "subject", oidcSubject,
					"agencyId", agencyId, "adminId", subject.staffId()))
			.run();
		return audited(subject, staffId);
	}

	public StaffAccountView move(AccessSubject subject, MoveStaffInput input) {
		String staffId = existing(input.staffId(), Validate.id("input.agencyId", input.agencyId()));
		update(subject, staffId, Parameters.of("agencyId", input.agencyId()));
		return audited(subject, staffId);
	}

	public StaffAccountView setRoles(AccessSubject subject, SetStaffRolesInput input) {
		String staffId = existing(input.staffId(), null);
		List<String> roles = roles(input.roles());
		if (staffId.equals(subject.staffId()) && !roles.contains(Role.ADMIN.name())) {
			throw new InvalidArgumentException("input.roles", "keep-own-admin",
					"you cannot take away your own ADMIN role; another administrator can (自分の管理者権限は外せません)");
		}
		update(subject, staffId, Parameters.of("roles", roles));
		return audited(subject, staffId);
	}

	public StaffAccountView setAreas(AccessSubject subject, SetStaffAreasInput input) {
		String staffId = Validate.id("input.staffId", input.staffId());
		List<String> areaIds = input.areaIds() == null ? List.of()
				: input.areaIds().stream().map(id -> Validate.id("input.areaIds", id)).distinct().toList();
		String resourceId = input.stationedAtResourceId() == null ? null
				: Validate.id("input.stationedAtResourceId", input.stationedAtResourceId());
		Record check = graph
			.single("admin-staff-areas-check",
					Parameters.of("staffId", staffId, "areaIds", areaIds, "resourceId", resourceId))
			.orElseThrow();
		if (!check.get("staffExists").asBoolean()) {
			throw new NotFoundException("input.staffId", "staff", staffId);
		}
		List<String> unknown = check.get("unknownAreas").asList(value -> value.asString());
		if (!unknown.isEmpty()) {
			throw new NotFoundException("input.areaIds", "area", unknown.get(0));
		}
		if (!check.get("resourceExists").asBoolean()) {
			throw new NotFoundException("input.stationedAtResourceId", "resource", resourceId);
		}
		graph.query("admin-staff-areas")
			.bindAll(Parameters.of("staffId", staffId, "areaIds", areaIds, "resourceId", resourceId, "adminId",
					subject.staffId()))
			.run();
		return audited(subject, staffId);
	}

	public StaffAccountView disable(AccessSubject subject, DisableStaffInput input) {
		String staffId = existing(input.staffId(), null);
		String reason = Validate.text("input.reason", input.reason(), 500);
		if (staffId.equals(subject.staffId())) {
			throw new InvalidArgumentException("input.staffId", "not-self",
					"you cannot disable your own account; another administrator can (自分のアカウントは停止できません)");
		}
		update(subject, staffId, Parameters.of("disabled", true, "reason", reason));
		return audited(subject, staffId);
	}

	private String existing(String staffIdInput, String agencyId) {
		String staffId = Validate.id("input.staffId", staffIdInput);
		Record check = check(staffId, null, null, agencyId);
		if (!check.get("staffExists").asBoolean()) {
			throw new NotFoundException("input.staffId", "staff", staffId);
		}
		if (!check.get("agencyExists").asBoolean()) {
			throw new NotFoundException("input.agencyId", "agency", agencyId);
		}
		return staffId;
	}

	private Record check(String staffId, String username, String oidcSubject, String agencyId) {
		return graph
			.single("admin-staff-check",
					Parameters.of("staffId", staffId, "username", username, "subject", oidcSubject, "agencyId",
							agencyId))
			.orElseThrow();
	}

	private void update(AccessSubject subject, String staffId, Map<String, Object> changes) {
		Map<String, Object> parameters = new HashMap<>(Parameters.of("staffId", staffId, "roles", null, "disabled",
				null, "reason", null, "agencyId", null, "adminId", subject.staffId()));
		parameters.putAll(changes);
		graph.query("admin-staff-update").bindAll(parameters).run();
	}

	private static List<String> roles(List<Role> roles) {
		return Validate.notEmpty("input.roles", roles).stream().distinct().map(Enum::name).toList();
	}

	private StaffAccountView audited(AccessSubject subject, String staffId) {
		subject.recordRead(
				new PersonalDataRead(Set.of(), Set.of(), Set.of("STAFF:" + staffId), Set.of(), Set.of(), Set.of(), 0));
		return graph.query("admin-staff-by-id")
			.bind(staffId)
			.to("staffId")
			.fetchAs(StaffAccountView.class)
			.mappedBy((types, record) -> StaffAccountView.from(record.get("staff")))
			.one()
			.orElseThrow(() -> new NotFoundException("input.staffId", "staff", staffId));
	}

}
