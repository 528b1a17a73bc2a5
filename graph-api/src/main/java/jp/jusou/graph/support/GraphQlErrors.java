package jp.jusou.graph.support;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jp.jusou.graph.access.RoleNotAllowedException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the service's own exceptions into GraphQL errors that name the argument and the rule. Any
 * other exception falls through to Spring for GraphQL's default, which answers INTERNAL_ERROR with an
 * id only: no stack trace, class name or Cypher reaches the client.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), "INVALID_ARGUMENT", invalid.argument(),
					invalid.rule());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, notFound.getMessage(), "NOT_FOUND", notFound.argument(), "exists");
		}
		if (ex instanceof NoBasisException noBasis) {
			return error(env, ErrorType.FORBIDDEN, noBasis.getMessage(), "NO_BASIS", noBasis.argument(),
					"legal-basis");
		}
		if (ex instanceof RoleNotAllowedException role) {
			return error(env, ErrorType.FORBIDDEN, role.getMessage(), "ROLE_NOT_ALLOWED", role.field(), "role");
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String code,
			String argument, String rule) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code);
		extensions.put("argument", argument);
		extensions.put("rule", rule);
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}
}
