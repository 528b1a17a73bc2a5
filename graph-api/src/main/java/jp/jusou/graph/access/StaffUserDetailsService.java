package jp.jusou.graph.access;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Looks up demo users; returns a fresh copy each time because Spring Security erases credentials. */
class StaffUserDetailsService implements UserDetailsService {

	private record Account(String username, String passwordHash, String staffId, java.util.List<String> roles) {
	}

	private final Map<String, Account> accounts;

	StaffUserDetailsService(DemoUsersProperties properties, PasswordEncoder encoder) {
		this.accounts = properties.users()
			.stream()
			.map(user -> new Account(user.username(), encoder.encode(user.password()), user.staffId(),
					user.roles() == null ? java.util.List.of() : user.roles()))
			.collect(Collectors.toUnmodifiableMap(Account::username, Function.identity()));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("Unknown user");
		}
		return new StaffUser(account.username(), account.passwordHash(), account.staffId(),
				account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
	}
}
