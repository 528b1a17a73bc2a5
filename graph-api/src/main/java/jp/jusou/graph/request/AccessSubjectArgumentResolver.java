package jp.jusou.graph.request;

import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Hands a GraphQL handler the request's {@link AccessSubject}, asking for the field the
 * handler resolves (its coordinates, {@code Query.household}), after the checks the
 * handler declares with {@link Requires}.
 */
@Component
class AccessSubjectArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AccessSubject.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		return checkDeclared(subjectAt(environment), parameter.getMethodAnnotation(Requires.class));
	}

	/** The request's subject, asking for the field being resolved. */
	static AccessSubject subjectAt(DataFetchingEnvironment environment) {
		return RequestEdge.subjectOf(environment.getGraphQlContext()).at(coordinates(environment));
	}

	/** Applies the checks a handler declares; none declared, none applied. */
	static AccessSubject checkDeclared(AccessSubject subject, Requires requires) {
		if (requires != null) {
			if (requires.personLevel()) {
				subject.requirePersonLevelRead();
			}
			if (requires.anyRole().length > 0) {
				subject.requireAnyRole(Set.of(requires.anyRole()));
			}
		}
		return subject;
	}

	private static String coordinates(DataFetchingEnvironment environment) {
		return ((GraphQLNamedType) environment.getParentType()).getName() + "." + environment.getField().getName();
	}

}
