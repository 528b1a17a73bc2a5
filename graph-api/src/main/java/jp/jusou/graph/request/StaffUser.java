package jp.jusou.graph.request;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user who is a Staff node in the graph; the staff id decides the user's
 * agency.
 */
public class StaffUser extends User {

	private final String staffId;

	private final List<Role> roles;

	public StaffUser(String username, String password, String staffId, List<Role> roles) {
		super(username, password == null ? "" : password,
				roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.staffId = staffId;
		this.roles = List.copyOf(roles);
	}

	public String staffId() {
		return staffId;
	}

	public List<Role> roles() {
		return roles;
	}

}
