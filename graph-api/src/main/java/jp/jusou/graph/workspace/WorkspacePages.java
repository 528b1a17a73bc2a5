package jp.jusou.graph.workspace;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workspace: one page per job, served from the jar (static/), in every profile. Each
 * page is a GraphQL client of /graphql with the session's purpose of use, so it shows
 * what the API shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceProperties.class)
class WorkspacePages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/index.html");
		for (String page : new String[] { "signin", "map", "household", "dashboard", "audit" }) {
			registry.addViewController("/" + page).setViewName("forward:/" + page + ".html");
		}
	}

}
