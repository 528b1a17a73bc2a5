package jp.jusou.graph.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.signin.WarmUpCredential;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.env.Environment;

/**
 * The warm-up's requests sent to the service's own HTTP port, as an API client sends them
 * (Tomcat, the security filter chain with HTTP Basic, Spring MVC, the JSON body both
 * ways), signed in with the warm-up's one-time secret. The JDK's plain URL connection
 * (keep-alive), not its HTTP client: the service need not keep ~250 more classes loaded
 * for a few seconds' use.
 */
final class LoopbackGraphQl implements RequestWarmUp.Channel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private final String authorization;

	private final Duration timeout;

	private LoopbackGraphQl(URI endpoint, String secret, Duration timeout) {
		this.endpoint = endpoint;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((WarmUpCredential.USERNAME + ":" + secret).getBytes(StandardCharsets.UTF_8));
		this.timeout = timeout;
	}

	/**
	 * The channel to this service's own port, or empty with why not (no HTTP port yet,
	 * TLS on the port, a bound address that is not this machine's).
	 */
	static Result open(Environment environment, String secret, Duration timeout) {
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			return new Result(Optional.empty(), "no HTTP port is open");
		}
		if (environment.getProperty("server.ssl.enabled", Boolean.class, false)) {
			return new Result(Optional.empty(), "the port speaks TLS");
		}
		String host = host(environment.getProperty("server.address"));
		String path = environment.getProperty("server.servlet.context-path", "")
				+ environment.getProperty("spring.graphql.http.path", "/graphql");
		return new Result(
				Optional.of(new LoopbackGraphQl(URI.create("http://" + host + ":" + port + path), secret, timeout)),
				"");
	}

	/** A channel, or why there is none. */
	record Result(Optional<RequestWarmUp.Channel> channel, String whyNot) {
	}

	/**
	 * The bound address when it is one; the loopback address when the port listens on
	 * all.
	 */
	private static String host(String bound) {
		if (bound == null || bound.isBlank()) {
			return "127.0.0.1";
		}
		try {
			InetAddress address = InetAddress.getByName(bound);
			if (address.isAnyLocalAddress()) {
				return "127.0.0.1";
			}
			return address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]"
					: address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return "127.0.0.1";
		}
	}

	@Override
	public List<String> send(Map<String, Object> body) {
		try {
			HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
			connection.setConnectTimeout((int) timeout.toMillis());
			connection.setReadTimeout((int) timeout.toMillis());
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Authorization", authorization);
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setRequestProperty("Accept", "application/graphql-response+json, application/json");
			connection.setRequestProperty(PurposeOfUse.HEADER, PurposeOfUse.CASE_WORK.name());
			try (OutputStream out = connection.getOutputStream()) {
				out.write(JSON.writeValueAsBytes(body));
			}
			if (connection.getResponseCode() != 200) {
				throw new IllegalStateException("HTTP status " + connection.getResponseCode());
			}
			try (InputStream in = connection.getInputStream()) {
				List<String> codes = new ArrayList<>();
				JSON.readTree(in)
					.path("errors")
					.forEach(error -> codes.add(error.path("extensions").path("code").asString("UNKNOWN")));
				return codes;
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("HTTP " + ex.getClass().getSimpleName());
		}
	}

}
