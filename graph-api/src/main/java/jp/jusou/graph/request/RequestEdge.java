package jp.jusou.graph.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import jp.jusou.graph.support.InvalidArgumentException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The request's edge: builds, once a request, who asks (the signed-in staff member and
 * roles), for what purpose (the {@code X-Purpose-Of-Use} header, or the purpose chosen
 * for the browser session), the {@code Idempotency-Key}, and the audit buffer; and, when
 * the request has resolved, appends what it read to the audit log before the answer
 * leaves. If the append fails, the answer carries no data (fail closed): personal data is
 * never returned without its audit record.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestEdge implements WebGraphQlInterceptor {

	/** GraphQL context key of the refusal of a purpose that names none. */
	private static final String PURPOSE_REFUSED = "jusou.purposeRefused";

	/** The header a client names a request it may repeat by ({@link Idempotency}). */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(RequestEdge.class);

	private final AuditSink auditLog;

	private final AuditAppender appender;

	RequestEdge(AuditSink auditLog, AuditAppender appender) {
		this.auditLog = auditLog;
		this.appender = appender;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AuditBuffer buffer = new AuditBuffer(appender);
		Map<String, Object> values = new HashMap<>();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
			try {
				PurposeOfUse purpose = declaredPurpose(request);
				values.put(AccessSubject.CONTEXT_KEY,
						new AccessSubject(user.getUsername(), user.staffId(), Set.copyOf(user.roles()), purpose, buffer,
								null, request.getHeaders().getFirst(IDEMPOTENCY_KEY)));
			}
			catch (InvalidArgumentException refused) {
				values.put(PURPOSE_REFUSED, refused);
			}
		}
		if (!values.isEmpty()) {
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(values).build());
		}
		return chain.next(request).map(response -> appendOrWithhold(buffer, response));
	}

	/** The header's purpose, else the session's; parsed here, once a request. */
	private static PurposeOfUse declaredPurpose(WebGraphQlRequest request) {
		String header = request.getHeaders().getFirst(PurposeOfUse.HEADER);
		if (header != null) {
			return PurposeOfUse.parse(header);
		}
		return request.getAttributes().get(PurposeOfUse.SESSION_ATTRIBUTE) instanceof PurposeOfUse chosen ? chosen
				: null;
	}

	/**
	 * The subject of the request whose context this is.
	 * @throws InvalidArgumentException when the request declared a purpose that names
	 * none
	 * @throws IllegalStateException when no signed-in staff member reached a resolver
	 */
	static AccessSubject subjectOf(GraphQLContext context) {
		InvalidArgumentException refused = context.get(PURPOSE_REFUSED);
		if (refused != null) {
			throw refused;
		}
		AccessSubject subject = context.get(AccessSubject.CONTEXT_KEY);
		if (subject == null) {
			throw new IllegalStateException("Request reached a resolver without a signed-in staff user");
		}
		return subject;
	}

	private WebGraphQlResponse appendOrWithhold(AuditBuffer buffer, WebGraphQlResponse response) {
		List<AuditEntry> entries = buffer.drain();
		if (entries.isEmpty()) {
			return response;
		}
		try {
			auditLog.append(entries);
		}
		catch (RuntimeException ex) {
			log.error("Audit log append failed ({} records); the response is withheld: {} {}", entries.size(),
					rootCause(ex), neo4jCode(ex));
			return response.transform(builder -> builder.data(null)
				.errors(List.of(GraphqlErrorBuilder.newError()
					.errorType(ErrorType.INTERNAL_ERROR)
					.message("The audit log could not be written, so no data is returned; try again later"
							+ " (監査ログを記録できないため、データを返しません)")
					.extensions(Map.of("code", "AUDIT_UNAVAILABLE"))
					.build())));
		}
		return response;
	}

	/**
	 * The kind of the first failure behind {@code ex} (the writer wraps it), without its
	 * message.
	 */
	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause instanceof IllegalStateException) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	/**
	 * The Neo4j status code behind a failure (e.g.
	 * Neo.ClientError.Transaction.TransactionTimedOut), which names what went wrong
	 * without any of the data involved; empty when the cause is not Neo4j's.
	 */
	static String neo4jCode(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j) {
				return neo4j.code();
			}
		}
		return "";
	}

}
