package jp.jusou.graph.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jp.jusou.graph.request.RoleNotAllowedException;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the service's own exceptions into GraphQL errors that name the argument and the
 * rule. Any other exception falls through to Spring for GraphQL's default, which answers
 * INTERNAL_ERROR with an id only: no stack trace, class name or Cypher reaches the
 * client.
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
			return error(env, ErrorType.FORBIDDEN, noBasis.getMessage(), "NO_BASIS", noBasis.argument(), "legal-basis");
		}
		if (ex instanceof AuditUnavailableException unavailable) {
			return error(env, ErrorType.INTERNAL_ERROR, unavailable.getMessage(), "AUDIT_UNAVAILABLE", null,
					"audit-with-the-write");
		}
		if (ex instanceof RoleNotAllowedException role) {
			return error(env, ErrorType.FORBIDDEN, role.getMessage(), "ROLE_NOT_ALLOWED", role.field(), "role");
		}
		if (invalidBookmark(ex)) {
			return error(env, ErrorType.BAD_REQUEST,
					"the X-Graph-Bookmark header names a bookmark this database never gave; send the one from the last"
							+ " response, or none (X-Graph-Bookmark の値が不正です。直前の応答の値を送るか、送らないでください)",
					"INVALID_BOOKMARK", "X-Graph-Bookmark", "bookmark-from-this-database");
		}
		return databaseLimit(ex)
			.map(limit -> error(env, ErrorType.INTERNAL_ERROR, limit.message(), limit.code(), null, limit.rule()))
			.orElse(null);
	}

	/**
	 * True when the database refused a bookmark the client carried
	 * (consistency.ClientBookmarks).
	 */
	static boolean invalidBookmark(Throwable ex) {
		return Stream.iterate(ex, Objects::nonNull, Throwable::getCause)
			.anyMatch(cause -> cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("InvalidBookmark"));
	}

	/** A database failure the client can act on, with the words to say so. */
	record DatabaseLimit(String code, String rule, String message) {
	}

	/**
	 * Timeouts and transient failures, recognised by their Neo4j status code anywhere in
	 * the cause chain: the client learns to ask for less or to try again, and nothing of
	 * the query or data.
	 */
	static Optional<DatabaseLimit> databaseLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				String code = neo4j.code();
				if (code.contains("TransactionTimedOut") || code.endsWith("LockClientStopped")) {
					return Optional.of(new DatabaseLimit("TIMEOUT", "transaction-timeout",
							"the request took longer than the time limit and was stopped; ask for less — a smaller"
									+ " radius, a smaller first, a narrower filter — or try again later"
									+ " (処理が制限時間を超えたため中断しました。範囲や件数を絞るか、時間をおいて再度お試しください)"));
				}
				if (code.startsWith("Neo.TransientError.")) {
					return Optional.of(new DatabaseLimit("TRY_AGAIN", "transient",
							"the database was busy with a conflicting change; send the same request again"
									+ " (他の更新と競合しました。同じ操作をもう一度お試しください)"));
				}
			}
		}
		return Optional.empty();
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
