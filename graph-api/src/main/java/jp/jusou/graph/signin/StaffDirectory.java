package jp.jusou.graph.signin;

import java.util.List;
import java.util.Optional;

import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.NamedQueries;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the Staff node a login (username) or an identity provider's token (subject)
 * belongs to.
 */
@Component
@Transactional(readOnly = true)
public class StaffDirectory {

	/** A staff member's sign-in record. */
	public record StaffAccount(String staffId, String username, String passwordHash, List<Role> roles) {
	}

	private final NamedQueries graph;

	StaffDirectory(NamedQueries graph) {
		this.graph = graph;
	}

	public Optional<StaffAccount> byUsername(String username) {
		return find("staff-by-username", "username", username);
	}

	public Optional<StaffAccount> bySubject(String subject) {
		return find("staff-by-subject", "subject", subject);
	}

	private Optional<StaffAccount> find(String query, String parameter, String value) {
		return graph.query(query)
			.bind(value)
			.to(parameter)
			.fetchAs(StaffAccount.class)
			.mappedBy((types, record) -> new StaffAccount(record.get("staffId").asString(),
					record.get("username").asString(null), record.get("passwordHash").asString(null),
					record.get("roles").asList(Value::asString, List.of()).stream().map(Role::valueOf).toList()))
			.one();
	}

}
