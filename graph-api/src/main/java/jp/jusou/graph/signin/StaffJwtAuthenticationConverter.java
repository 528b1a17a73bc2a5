package jp.jusou.graph.signin;

import jp.jusou.graph.request.StaffUser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * OIDC sign-in: the municipality's identity provider issues the JWT; its {@code sub} must
 * match a Staff node's {@code subject}, and the roles come from the graph, not from the
 * token.
 */
class StaffJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final StaffDirectory directory;

	StaffJwtAuthenticationConverter(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		StaffUser user = directory.bySubject(jwt.getSubject())
			.map(account -> new StaffUser(account.username() == null ? jwt.getSubject() : account.username(), null,
					account.staffId(), account.roles()))
			.orElseThrow(() -> new InvalidBearerTokenException("The token's subject is not a staff member"));
		return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
	}

}
