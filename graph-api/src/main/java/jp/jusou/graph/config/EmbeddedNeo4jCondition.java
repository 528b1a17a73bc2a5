package jp.jusou.graph.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The embedded database runs exactly when no server is named: neither {@code NEO4J_URI}
 * (property {@code
 * neo4j.uri}) nor Spring Boot's own {@code SPRING_NEO4J_URI} is set.
 * ({@code spring.neo4j.uri} itself is always set, from {@code NEO4J_URI} or its default,
 * in application.yml.)
 */
class EmbeddedNeo4jCondition implements Condition {

	/**
	 * The settings that name a Neo4j server; any one of them turns the embedded database
	 * off.
	 */
	static final String[] SERVER_URI_SETTINGS = { "NEO4J_URI", "neo4j.uri", "SPRING_NEO4J_URI" };

	/**
	 * A class of the embedded database, absent from the server artifact (NOTICE, profile
	 * {@code server}).
	 */
	static final String EMBEDDED_DATABASE_CLASS = "org.neo4j.dbms.api.DatabaseManagementServiceBuilder";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (!embedded(context.getEnvironment())) {
			return false;
		}
		if (!ClassUtils.isPresent(EMBEDDED_DATABASE_CLASS, context.getClassLoader())) {
			throw StartFailure.noServerNamed();
		}
		return true;
	}

	static boolean embedded(Environment environment) {
		for (String setting : SERVER_URI_SETTINGS) {
			if (StringUtils.hasText(environment.getProperty(setting))) {
				return false;
			}
		}
		return true;
	}

}
