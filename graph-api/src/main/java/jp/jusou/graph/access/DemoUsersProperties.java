package jp.jusou.graph.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo users (README lists them). Passwords are hashed with bcrypt at start-up and never kept in
 * clear after that. The consent issue replaces this with Staff nodes and OIDC.
 *
 * @param users the users
 * @param bcryptStrength cost of the bcrypt hashes (lower only in tests)
 */
@ConfigurationProperties("jusou.security")
public record DemoUsersProperties(@DefaultValue List<DemoUser> users, @DefaultValue("10") int bcryptStrength) {

	/** One demo login, bound to a Staff node by {@code staffId}. */
	public record DemoUser(String username, String password, String staffId, List<String> roles) {
	}
}
