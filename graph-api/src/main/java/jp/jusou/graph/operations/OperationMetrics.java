package jp.jusou.graph.operations;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Times every GraphQL request from its arrival to its answer, the audit append included,
 * as {@code jusou.graphql.request} per operation ({@link OperationLabel}) and outcome,
 * and counts the errors it answered as {@code jusou.graphql.errors} per error code
 * ({@code extensions.code}, else the error's classification). Labels come from the schema
 * and the service's own codes: no argument, name or id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperationMetrics implements WebGraphQlInterceptor {

	private final MeterRegistry registry;

	OperationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		return chain.next(request).doOnNext(response -> record(response, System.nanoTime() - started));
	}

	private void record(WebGraphQlResponse response, long nanos) {
		GraphQLContext context = response.getExecutionInput().getGraphQLContext();
		String operation = context.getOrDefault(OperationLabel.CONTEXT_KEY, OperationLabel.INVALID);
		Timer.builder("jusou.graphql.request")
			.description("GraphQL requests, arrival to answer (audit append included)")
			.tag("operation", operation)
			.tag("outcome", response.getErrors().isEmpty() ? "ok" : "error")
			.publishPercentileHistogram()
			.register(registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		for (ResponseError error : response.getErrors()) {
			Counter.builder("jusou.graphql.errors")
				.description("Errors answered, by code")
				.tag("code", codeOf(error))
				.register(registry)
				.increment();
		}
	}

	static String codeOf(ResponseError error) {
		Map<String, Object> extensions = error.getExtensions();
		Object code = extensions == null ? null : extensions.get("code");
		if (code instanceof String text && text.matches("[A-Z_]{1,40}")) {
			return text;
		}
		return String.valueOf(error.getErrorType());
	}

}
