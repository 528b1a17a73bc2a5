package jp.jusou.graph.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded database runs exactly when no {@code NEO4J_URI} (property {@code neo4j.uri}) is set. */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("NEO4J_URI"))
				&& !StringUtils.hasText(context.getEnvironment().getProperty("neo4j.uri"));
	}
}
