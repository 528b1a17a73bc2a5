package jp.jusou.graph.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at /graphiql from the jar (static/graphiql), so it works without internet access;
 * Spring for GraphQL's own page, which loads from a CDN, stays off. The production profile turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jusou.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addRedirectViewController("/", "/graphiql");
	}
}
