package jp.jusou.graph.access;

import java.util.HashMap;
import java.util.Map;

import jp.jusou.graph.support.Idempotency;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Carries the {@code X-Purpose-Of-Use} header — or, for a browser session without it, the
 * purpose chosen for the session (left as a request attribute by
 * {@code workspace.SessionPurposeFilter}) — (read by AccessSubject) and the
 * {@code Idempotency-Key} header (read by {@link Idempotency}) into the GraphQL context.
 */
@Component
class PurposeOfUseInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String declared = request.getHeaders().getFirst(PurposeOfUse.HEADER);
		if (declared == null && request.getAttributes().get(PurposeOfUse.SESSION_ATTRIBUTE) instanceof String chosen) {
			declared = chosen;
		}
		String idempotencyKey = request.getHeaders().getFirst(Idempotency.HEADER);
		Map<String, Object> values = new HashMap<>();
		if (declared != null) {
			values.put(AccessSubject.PURPOSE_CONTEXT_KEY, declared);
		}
		if (idempotencyKey != null) {
			values.put(Idempotency.CONTEXT_KEY, idempotencyKey);
		}
		if (!values.isEmpty()) {
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(values).build());
		}
		return chain.next(request);
	}

}
