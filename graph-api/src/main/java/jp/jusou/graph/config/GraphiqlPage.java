package jp.jusou.graph.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at /graphiql from the jar (classpath graphiql/, outside static/ so
 * nothing serves it when this is off), so it works without internet access; Spring for
 * GraphQL's own page, which loads from a CDN, stays off. The production profile turns it
 * off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jusou.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql/");
	}

}
