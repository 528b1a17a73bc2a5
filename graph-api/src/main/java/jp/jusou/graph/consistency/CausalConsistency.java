package jp.jusou.graph.consistency;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Causal consistency across service instances. The Neo4j client and the transaction
 * manager share one bookmark manager: each transaction waits for this instance's own last
 * commit and for the bookmarks the request carried ({@link ClientBookmarks}); every
 * GraphQL response carries this instance's bookmarks back, for the client to send to
 * whichever instance it reaches next. On one server every commit is visible to the next
 * transaction anyway; on a cluster (Enterprise, Aura) this is what keeps a follower from
 * answering from before a revocation the same client made.
 */
@Configuration(proxyBeanMethods = false)
class CausalConsistency {

	@Bean
	Neo4jBookmarkManager bookmarkManager() {
		return Neo4jBookmarkManager.create(ClientBookmarks::current);
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
		return Neo4jClient.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withNeo4jBookmarkManager(bookmarks)
			.build();
	}

	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build();
		customizers.ifAvailable(each -> each.customize(manager));
		return manager;
	}

	@Bean
	FilterRegistrationBean<ClientBookmarks> clientBookmarks() {
		FilterRegistrationBean<ClientBookmarks> registration = new FilterRegistrationBean<>(new ClientBookmarks());
		// after Spring Security's filter (order -100): signing in never waits for, or
		// fails on, a client's bookmark
		registration.setOrder(0);
		return registration;
	}

	/** Every GraphQL response names the bookmarks a next request should wait for. */
	@Bean
	WebGraphQlInterceptor bookmarksInResponse(Neo4jBookmarkManager bookmarks) {
		return (request, chain) -> chain.next(request).doOnNext(response -> {
			String header = ClientBookmarks.format(bookmarks.getBookmarks());
			if (!header.isEmpty()) {
				response.getResponseHeaders().set(ClientBookmarks.HEADER, header);
			}
		});
	}

}
