package jp.jusou.graph.audit;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import jp.jusou.graph.access.AuditAppender;
import jp.jusou.graph.access.AuditBuffer;
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
import org.springframework.stereotype.Component;

/**
 * Gives every request an audit buffer and, when the request has resolved, appends what it
 * read to the audit log before the response leaves. If the append fails, the response
 * carries no data (fail closed): personal data is never returned without its audit
 * record.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AuditInterceptor implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	private final AuditWriter auditWriter;

	private final AuditAppender appender;

	AuditInterceptor(AuditWriter auditWriter, AuditAppender appender) {
		this.auditWriter = auditWriter;
		this.appender = appender;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AuditBuffer buffer = new AuditBuffer(appender);
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(AuditBuffer.CONTEXT_KEY, buffer)).build());
		return chain.next(request).map(response -> appendOrWithhold(buffer, response));
	}

	private WebGraphQlResponse appendOrWithhold(AuditBuffer buffer, WebGraphQlResponse response) {
		List<AuditBuffer.Entry> entries = buffer.drain();
		if (entries.isEmpty()) {
			return response;
		}
		try {
			auditWriter.append(entries);
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
