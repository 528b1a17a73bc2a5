package jp.jusou.graph.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at /graphiql from the jar (static/graphiql), so it works without internet access;
 * Spring for GraphQL's own page, which loads from a CDN, stays off.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addRedirectViewController("/", "/graphiql");
	}
}
