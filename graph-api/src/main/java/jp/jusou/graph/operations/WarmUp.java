package jp.jusou.graph.operations;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.jusou.graph.request.Role;
import jp.jusou.graph.request.StaffUser;
import jp.jusou.graph.support.NamedQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A scripted warm-up before readiness: after the start and before the readiness probe
 * says ready, the service answers {@code jusou.warm-up.requests} GraphQL requests to
 * itself (through the whole GraphQL layer: interceptors, resolvers, named queries, the
 * driver) so that the first users after a restart do not pay for the JIT compiler's first
 * pass. Only what reads no person: the areas, the community resources and activities near
 * a public resource, and the dashboard's aggregates, as an in-memory user with the
 * DASHBOARD role and no agency — so nothing of a person is read, shown or audited. Each
 * request is bounded by {@code jusou.warm-up.timeout} and the whole by {@code
 * jusou.warm-up.budget} (15 s: a large city's dashboard is slower); a failure ends the
 * warm-up with a log line, never the start.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	static final String AREAS = "{ areas { id name kind } }";

	static final String NEAR = """
			query Near($near: NearInput!) {
			  resourcesNear(near: $near, radiusMeters: 1500) {
			    distanceMeters
			    resource { id name kindLabel address offers location { latitude longitude } }
			    activities { id name scheduleLabel offers targetAgeMin targetAgeMax nextDates }
			  }
			}""";

	static final String DASHBOARD = """
			query Dashboard($year: Int!) {
			  dashboard(fiscalYear: $year) { fiscalYear from to suppressionThreshold
			    cells { areaId key month value suppressed } targets { name target actual suppressed } }
			}""";

	private final WebGraphQlHandler graphQl;

	private final NamedQueries graph;

	private final Clock clock;

	private final int requests;

	private final Duration timeout;

	private final Duration budget;

	WarmUp(WebGraphQlHandler graphQl, NamedQueries graph, Clock clock,
			@Value("${jusou.warm-up.requests:300}") int requests,
			@Value("${jusou.warm-up.timeout:10s}") Duration timeout,
			@Value("${jusou.warm-up.budget:15s}") Duration budget) {
		this.graphQl = graphQl;
		this.graph = graph;
		this.clock = clock;
		this.requests = requests;
		this.timeout = timeout;
		this.budget = budget;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (requests <= 0) {
			return;
		}
		long started = System.nanoTime();
		Result result = warmUp(requests);
		log.info("Warm-up: {} requests in {} ms before readiness (p50 of the first 20 {} ms, of the last 20 {} ms){}",
				result.answered(), (System.nanoTime() - started) / 1_000_000, result.firstMillis(), result.lastMillis(),
				result.failure().map(failure -> "; stopped: " + failure).orElse(""));
	}

	/**
	 * What a warm-up did: requests answered without errors, early and late p50, why it
	 * stopped early.
	 */
	record Result(int answered, long firstMillis, long lastMillis, Optional<String> failure) {
	}

	Result warmUp(int count) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		StaffUser warmUp = new StaffUser("warm-up", null, "warm-up", List.of(Role.DASHBOARD));
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(warmUp, null, warmUp.getAuthorities()));
		SecurityContextHolder.setContext(context);
		List<Long> millis = new ArrayList<>();
		try {
			List<Map<String, Object>> documents = documents();
			long deadline = System.nanoTime() + budget.toNanos();
			for (int i = 0; i < count; i++) {
				if (System.nanoTime() > deadline) {
					return result(millis, i, Optional.of("its time budget of " + budget.toSeconds() + " s was spent"));
				}
				long started = System.nanoTime();
				WebGraphQlResponse response = graphQl.handleRequest(request(documents.get(i % documents.size())))
					.block(timeout);
				millis.add((System.nanoTime() - started) / 1_000_000);
				if (response == null || !response.getErrors().isEmpty()) {
					return result(millis, i, Optional.of(response == null ? "no answer"
							: "errors " + response.getErrors().stream().map(OperationMetrics::codeOf).toList()));
				}
			}
			return result(millis, count, Optional.empty());
		}
		catch (RuntimeException ex) {
			return result(millis, millis.size(), Optional.of(ex.getClass().getSimpleName()));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private List<Map<String, Object>> documents() {
		List<Map<String, Object>> documents = new ArrayList<>();
		documents.add(Map.of("query", AREAS));
		int fiscalYear = LocalDate.now(clock).minusMonths(3).getYear();
		documents.add(Map.of("query", DASHBOARD, "variables", Map.of("year", fiscalYear)));
		graph.query("warm-up-point")
			.fetch()
			.one()
			.ifPresent(point -> documents.add(Map.of("query", NEAR, "variables", Map.of("near",
					Map.of("point", Map.of("latitude", point.get("latitude"), "longitude", point.get("longitude")))))));
		return documents;
	}

	private static WebGraphQlRequest request(Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), headers, null, Collections.emptyMap(),
				body, UUID.randomUUID().toString(), Locale.JAPAN);
	}

	private static Result result(List<Long> millis, int answered, Optional<String> failure) {
		return new Result(answered, median(millis.subList(0, Math.min(20, millis.size()))),
				median(millis.subList(Math.max(0, millis.size() - 20), millis.size())), failure);
	}

	private static long median(List<Long> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
