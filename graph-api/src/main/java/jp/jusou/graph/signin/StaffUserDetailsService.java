package jp.jusou.graph.signin;

import jp.jusou.graph.request.StaffUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Password sign-in: users are Staff nodes with a bcrypt {@code passwordHash}. */
class StaffUserDetailsService implements UserDetailsService {

	private final StaffDirectory directory;

	StaffUserDetailsService(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return directory.byUsername(username)
			.filter(account -> account.passwordHash() != null)
			.map(account -> new StaffUser(account.username(), account.passwordHash(), account.staffId(),
					account.roles()))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

}
