package jp.jusou.graph.support;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Stands in for a municipality's OIDC provider: signs tokens with a key made for this
 * test run, and gives the service a JwtDecoder that trusts only that key (as issuer-uri
 * would in production).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityProvider {

	private final RSAKey key = generate();

	@Bean
	JwtDecoder jwtDecoder() throws JOSEException {
		return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
	}

	@Bean
	TestIdentityProvider.Tokens testTokens() {
		return new Tokens(key);
	}

	/** Mints tokens signed by the trusted key, or by another one. */
	public static final class Tokens {

		private final RSAKey trusted;

		Tokens(RSAKey trusted) {
			this.trusted = trusted;
		}

		public String forSubject(String subject) {
			return sign(trusted, subject, Instant.now().plusSeconds(300));
		}

		public String expiredForSubject(String subject) {
			return sign(trusted, subject, Instant.now().minusSeconds(300));
		}

		public String signedByAnotherKey(String subject) {
			return sign(generate(), subject, Instant.now().plusSeconds(300));
		}

		private static String sign(RSAKey key, String subject, Instant expires) {
			try {
				JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
					.issuer("https://idp.city.example.invalid")
					.issueTime(Date.from(Instant.now().minusSeconds(600)))
					.expirationTime(Date.from(expires))
					.build();
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
						claims);
				jwt.sign(new RSASSASigner(key));
				return jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
