package jp.jusou.graph.operations;

import java.util.List;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands graphql-java the service's one instrumentation ({@link OperationInstrumentation})
 * as it is. Spring for GraphQL wraps the instrumentations it is given in a
 * {@code ChainedInstrumentation} even when there is only one, and graphql-java asks that
 * chain at every field of every answer, which allocates a context per field and step (a
 * resourcesNear answer in a dense city has thousands of fields). With more than one
 * instrumentation the chain is left as Spring builds it.
 */
@Configuration(proxyBeanMethods = false)
class UnchainedInstrumentation {

	@Bean
	GraphQlSourceBuilderCustomizer theOneInstrumentationUnchained(List<Instrumentation> instrumentations) {
		return builder -> {
			if (instrumentations.size() == 1) {
				Instrumentation only = instrumentations.get(0);
				builder.configureGraphQl(graphQl -> graphQl.instrumentation(only));
			}
		};
	}

}
