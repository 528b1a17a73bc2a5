package jp.jusou.graph.admin;

import java.util.List;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.request.Role;
import org.neo4j.driver.Value;

/**
 * A staff account as ADMIN manages it (the schema's {@code StaffAccount}); never the
 * password hash.
 *
 * @param passwordSignIn whether a password is set
 * @param oidcSubject the identity provider's subject, if any
 */
public record StaffAccountView(String id, String username, String name, Agency agency, List<Role> roles,
		boolean disabled, String disabledReason, boolean passwordSignIn, String oidcSubject) {

	static StaffAccountView from(Value row) {
		return new StaffAccountView(row.get("id").asString(), row.get("username").asString(null),
				row.get("name").asString(null), Agency.from(row.get("agency")),
				row.get("roles").asList(value -> Role.valueOf(value.asString()), List.of()),
				row.get("disabled").asBoolean(false), row.get("disabledReason").asString(null),
				row.get("passwordSignIn").asBoolean(false), row.get("subject").asString(null));
	}
}
