package jp.jusou.graph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's GraphQL client: posts a document as the benchmark user with the purpose
 * declared, and counts the requests that failed, by error code.
 */
final class GraphQlPoster {

	private static final Pattern ERROR_CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

	private final HttpClient http = HttpClient.newBuilder().build();

	private final URI endpoint;

	private final String authorization;

	private final AtomicInteger failed = new AtomicInteger();

	private final Map<String, Integer> failureCodes = new ConcurrentHashMap<>();

	GraphQlPoster(URI endpoint, String user, String password) {
		this.endpoint = endpoint;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	void post(String document) {
		try {
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.header("X-Purpose-Of-Use", "CASE_WORK")
				.POST(HttpRequest.BodyPublishers.ofString(body(document)))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				// counted and reported in the row's "failed" column, with the error
				// codes, rather than ending the run
				failed.incrementAndGet();
				Matcher code = ERROR_CODE.matcher(response.body());
				failureCodes.merge(response.statusCode() != 200 ? "HTTP " + response.statusCode()
						: code.find() ? code.group(1) : "ERROR", 1, Integer::sum);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The request body; documents here are built from ids and numbers, so quoting
	 * suffices.
	 */
	private static String body(String document) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
	}

	void resetFailures() {
		failed.set(0);
		failureCodes.clear();
	}

	/** The failed requests since the last reset, with their error codes. */
	String failures() {
		return failed.get() == 0 ? "0" : failed.get() + " " + failureCodes;
	}

}
