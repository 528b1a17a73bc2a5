package jp.jusou.graph.request;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The user's roles do not include reading person-level data (DASHBOARD, PRIVACY_OFFICER,
 * ADMIN).
 */
public class RoleNotAllowedException extends RuntimeException {

	private final String field;

	RoleNotAllowedException(String field, Set<Role> roles) {
		super(field + ": the role " + new TreeSet<>(roles)
				+ " reads no person-level data; ask a coordinator, CSW or agency staff member"
				+ " (この役割では個人に関わる情報を閲覧できません)");
		this.field = field;
	}

	RoleNotAllowedException(String field, Set<Role> roles, Role required) {
		this(field, roles, Set.of(required));
	}

	RoleNotAllowedException(String field, Set<Role> roles, Set<Role> allowed) {
		super(field + ": only the roles " + new TreeSet<>(allowed) + " may use this; you have " + new TreeSet<>(roles)
				+ " (この機能は" + allowed.stream().sorted().map(Role::label).collect(Collectors.joining("・"))
				+ "の役割のみ利用できます)");
		this.field = field;
	}

	public String field() {
		return field;
	}

}
