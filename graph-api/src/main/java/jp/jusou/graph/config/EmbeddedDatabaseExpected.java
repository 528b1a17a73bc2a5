package jp.jusou.graph.config;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Empty; present in every artifact so that {@link EmbeddedNeo4jCondition} is evaluated
 * also in the server artifact, which lacks {@link EmbeddedNeo4jConfiguration}: started
 * there without {@code NEO4J_URI}, the service stops at once saying to set it, instead of
 * failing to connect to localhost.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedDatabaseExpected {

}
