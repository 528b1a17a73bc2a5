package jp.jusou.graph.access;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user who is a Staff node in the graph; the staff id decides the user's agency. */
public class StaffUser extends User {

	private final String staffId;

	public StaffUser(String username, String password, String staffId,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, password, authorities);
		this.staffId = staffId;
	}

	public String staffId() {
		return staffId;
	}
}
