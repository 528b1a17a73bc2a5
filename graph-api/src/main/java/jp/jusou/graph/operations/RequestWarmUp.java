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

import jp.jusou.graph.request.PurposeOfUse;
import jp.jusou.graph.request.StaffUser;
import jp.jusou.graph.signin.WarmUpCredential;
import jp.jusou.graph.support.NamedQueries;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The warm-up's requests ({@link WarmUp}, first phase): the service sends
 * {@code jusou.warm-up.requests} GraphQL requests to its own HTTP port, as an API client
 * would (Tomcat, the security filter chain, Spring MVC, JSON, interceptors, resolvers,
 * named queries, the driver), so that the first users after a restart do not pay for the
 * JIT compiler's first pass. It signs in with a one-time secret
 * ({@link WarmUpCredential}: loopback only, closed when the warm-up ends) as a principal
 * with no Staff node, hence no basis to any person. What it reads: the areas, the
 * community resources and activities near a public resource, the dashboard's aggregates,
 * and the household path on an id that cannot exist (the statement and the resolvers run,
 * the answer is NOT_FOUND) — nothing of a person is read, shown or audited. Where the
 * port cannot be reached over loopback (TLS on the port, an address of another machine),
 * the same requests go to the GraphQL handler in-process. Each request is bounded by
 * {@code jusou.warm-up.timeout}; how many are sent is the {@link WarmUpPace}'s to say (at
 * least {@code jusou.warm-up.requests}, more while the JIT compiler is busy, within the
 * phase's budget); a failure ends the requests with its reason in the {@link Result},
 * which {@link WarmUp} logs.
 */
@Component
@ConditionalOnWebApplication
class RequestWarmUp {

	/**
	 * Areas with their agencies and theirs: the batched fields (data loaders) a
	 * household's use too.
	 */
	static final String AREAS = "{ areas { id name kind agencies { id name fieldLabel areas { id name } } } }";

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

	/**
	 * The household read as a coordinator asks it, the id written into the document as
	 * many clients write theirs: a new id each request ({@link #NO_HOUSEHOLD} and its
	 * number), so that each is parsed and validated as a new client's document is (a kept
	 * document skips both: {@code ParsedDocumentCache}). The id matches no household.
	 */
	static final String HOUSEHOLD = """
			{ household(id: "%s") { id members { name } agencies { agencies { agency { name } since
			    links { kind reference basis { kind } } } withheld { count } } } }""";

	/** An id no household can have (ids are letters, digits and hyphens). */
	static final String NO_HOUSEHOLD = "warm-up#none";

	/** Where the warm-up's requests go: the answer's error codes, or an exception. */
	interface Channel {

		List<String> send(Map<String, Object> body);

	}

	private final WebGraphQlHandler graphQl;

	private final NamedQueries graph;

	private final WarmUpCredential credential;

	private final Environment environment;

	private final Clock clock;

	private final Duration timeout;

	RequestWarmUp(WebGraphQlHandler graphQl, NamedQueries graph, WarmUpCredential credential, Environment environment,
			Clock clock, @Value("${jusou.warm-up.timeout:10s}") Duration timeout) {
		this.graphQl = graphQl;
		this.graph = graph;
		this.credential = credential;
		this.environment = environment;
		this.clock = clock;
		this.timeout = timeout;
	}

	/**
	 * What a warm-up did: requests answered as expected, over which path, early and late
	 * p50, why it stopped early.
	 */
	record Result(int answered, String path, long firstMillis, long lastMillis, String ended,
			Optional<String> failure) {
	}

	/**
	 * Requests over the loopback port (or in-process) for as long as {@code pace} says,
	 * the secret closed after.
	 */
	Result send(WarmUpPace pace) {
		String secret = credential.open();
		try {
			LoopbackGraphQl.Result loopback = LoopbackGraphQl.open(environment, secret, timeout);
			if (loopback.channel().isPresent()) {
				return warmUp(pace, loopback.channel().get(), "over HTTP");
			}
			return warmUp(pace, this::inProcess, "in-process (" + loopback.whyNot() + ")");
		}
		finally {
			credential.close();
		}
	}

	private Result warmUp(WarmUpPace pace, Channel channel, String path) {
		List<Long> millis = new ArrayList<>();
		try {
			List<Map<String, Object>> documents = documents();
			int i = 0;
			for (; pace.another(i); i++) {
				Map<String, Object> document = documents.get(i % documents.size());
				boolean household = HOUSEHOLD.equals(document.get("query"));
				if (household) {
					document = Map.of("query", HOUSEHOLD.formatted(NO_HOUSEHOLD + "-" + i));
				}
				long started = System.nanoTime();
				List<String> errors = channel.send(document);
				millis.add((System.nanoTime() - started) / 1_000_000);
				if (!errors.equals(household ? List.of("NOT_FOUND") : List.of())) {
					return result(millis, i, path, pace, Optional.of("errors " + errors));
				}
			}
			return result(millis, i, path, pace, pace.fellShort(i) ? Optional.of(pace.howItEnded()) : Optional.empty());
		}
		catch (RuntimeException ex) {
			return result(millis, millis.size(), path, pace,
					Optional.of(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
		}
	}

	/**
	 * One round of requests: the dashboard once (a large city's aggregates take the
	 * longest and share the least with what users read), the areas with their agencies
	 * five times, the household path and the resources near a public resource twenty
	 * times each.
	 */
	private List<Map<String, Object>> documents() {
		List<Map<String, Object>> documents = new ArrayList<>();
		int fiscalYear = LocalDate.now(clock).minusMonths(3).getYear();
		documents.add(Map.of("query", DASHBOARD, "variables", Map.of("year", fiscalYear)));
		Optional<Map<String, Object>> near = graph.query("warm-up-point")
			.fetch()
			.one()
			.map(point -> Map.of("query", NEAR, "variables", Map.of("near",
					Map.of("point", Map.of("latitude", point.get("latitude"), "longitude", point.get("longitude"))))));
		for (int i = 0; i < 20; i++) {
			if (i % 4 == 0) {
				documents.add(Map.of("query", AREAS));
			}
			documents.add(Map.of("query", HOUSEHOLD));
			near.ifPresent(documents::add);
		}
		return documents;
	}

	/**
	 * The same request handed to the GraphQL handler, signed in as the warm-up's
	 * principal.
	 */
	private List<String> inProcess(Map<String, Object> body) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		StaffUser principal = WarmUpCredential.PRINCIPAL;
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			HttpHeaders headers = new HttpHeaders();
			headers.add(PurposeOfUse.HEADER, PurposeOfUse.CASE_WORK.name());
			WebGraphQlResponse response = graphQl
				.handleRequest(new WebGraphQlRequest(URI.create("http://localhost/graphql"), headers, null,
						Collections.emptyMap(), body, UUID.randomUUID().toString(), Locale.JAPAN))
				.block(timeout);
			if (response == null) {
				throw new IllegalStateException("no answer");
			}
			return response.getErrors().stream().map(OperationMetrics::codeOf).toList();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static Result result(List<Long> millis, int answered, String path, WarmUpPace pace,
			Optional<String> failure) {
		return new Result(answered, path, median(millis.subList(0, Math.min(20, millis.size()))),
				median(millis.subList(Math.max(0, millis.size() - 20), millis.size())), pace.howItEnded(), failure);
	}

	static long median(List<Long> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
