package jp.jusou.graph.access;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Carries the {@code X-Purpose-Of-Use} header into the GraphQL context, where AccessSubject reads it. */
@Component
class PurposeOfUseInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String declared = request.getHeaders().getFirst(PurposeOfUse.HEADER);
		if (declared != null) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(AccessSubject.PURPOSE_CONTEXT_KEY, declared))
				.build());
		}
		return chain.next(request);
	}
}
