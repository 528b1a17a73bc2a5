package jp.jusou.graph.request;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL handler meets the request at its edge: it takes the request's
 * {@link AccessSubject} as an argument (never the principal or the context to build one),
 * and a handler that declares {@link Requires} takes the subject, so that its checks run.
 */
class HandlerSignaturesTests {

	@Test
	void handlersTakeTheSubjectAndNeverBuildIt() throws Exception {
		List<String> wrong = new ArrayList<>();
		int handlers = 0;
		for (Method method : handlerMethods()) {
			handlers++;
			List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
			String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
			if (parameters.contains(Principal.class) || parameters.contains(GraphQLContext.class)) {
				wrong.add(name + " takes the principal or the GraphQL context");
			}
			if (method.isAnnotationPresent(Requires.class) && !parameters.contains(AccessSubject.class)) {
				wrong.add(name + " declares @Requires without an AccessSubject argument, so nothing checks it");
			}
		}
		assertThat(handlers).as("GraphQL handlers found").isGreaterThan(50);
		assertThat(wrong).isEmpty();
	}

	private static List<Method> handlerMethods() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<Method> methods = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("jp.jusou.graph")) {
			for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, SchemaMapping.class)
						|| method.isAnnotationPresent(BatchMapping.class)) {
					methods.add(method);
				}
			}
		}
		return methods;
	}

}
