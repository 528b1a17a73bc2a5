package jp.jusou.graph.request;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root field resolves in the one transaction {@link RootFieldTransactions} opens
 * for it, but a query marked {@link OwnTransactions} (auditChain, whose walk of a year's
 * log outlasts one transaction's time limit and opens one a page).
 */
@GraphApiTest
class RootFieldTransactionsTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyRootFieldButAWalkResolvesInOneTransaction() {
		GraphQLSchema schema = graphQlSource.schema();
		List<String> ownTransactions = new ArrayList<>();
		int wrapped = 0;
		for (GraphQLObjectType type : List.of(schema.getQueryType(), schema.getMutationType())) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				DataFetcher<?> fetcher = schema.getCodeRegistry()
					.getDataFetcher(FieldCoordinates.coordinates(type, field), field);
				if (inTransaction(fetcher)) {
					wrapped++;
				}
				else {
					assertThat(fetcher).isInstanceOf(SelfDescribingDataFetcher.class);
					assertThat(((SelfDescribingDataFetcher<?>) fetcher).asMethod())
						.as(type.getName() + "." + field.getName() + " opens its own transactions")
						.satisfies(method -> assertThat(method.isAnnotationPresent(OwnTransactions.class)).isTrue());
					ownTransactions.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(wrapped).as("root fields in one transaction").isGreaterThan(50);
		assertThat(ownTransactions).containsExactly("Query.auditChain");
	}

	/**
	 * Whether the fetcher is, or decorates, a root field's transaction: Spring's context
	 * decorator wraps some fetchers after the transaction did (its field is
	 * {@code delegate}).
	 */
	private static boolean inTransaction(DataFetcher<?> fetcher) {
		for (Object layer = fetcher; layer != null; layer = delegateOf(layer)) {
			if (layer.getClass().getEnclosingClass() == RootFieldTransactions.class) {
				return true;
			}
		}
		return false;
	}

	private static Object delegateOf(Object fetcher) {
		Field delegate = ReflectionUtils.findField(fetcher.getClass(), "delegate");
		if (delegate == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(delegate);
		return ReflectionUtils.getField(delegate, fetcher);
	}

}
