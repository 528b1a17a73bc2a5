package jp.jusou.graph.request;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Every mutation runs through {@link Idempotency}: its handler only writes, and a retry
 * with the same {@code Idempotency-Key} gets the first answer. Wired once here, on the
 * schema's {@code Mutation} fields, instead of in each handler.
 */
@Component
class IdempotentMutations implements GraphQlSourceBuilderCustomizer {

	private final Idempotency idempotency;

	IdempotentMutations(Idempotency idempotency) {
		this.idempotency = idempotency;
	}

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(new MutationFields()));
	}

	/** Puts {@link RunOnce} before the handler of every {@code Mutation} field. */
	private final class MutationFields extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (context.getParentNode() instanceof GraphQLObjectType type && type.getName().equals("Mutation")) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				if (registry.getDataFetcher(coordinates, field) instanceof SelfDescribingDataFetcher<?> handler) {
					registry.dataFetcher(coordinates, new RunOnce(handler));
				}
			}
			return TraversalControl.CONTINUE;
		}

	}

	/** A mutation's handler, run once per key; it still describes the handler it runs. */
	private final class RunOnce implements SelfDescribingDataFetcher<Object> {

		private final SelfDescribingDataFetcher<?> handler;

		private RunOnce(SelfDescribingDataFetcher<?> handler) {
			this.handler = handler;
		}

		@Override
		public Object get(DataFetchingEnvironment environment) throws Exception {
			return idempotency.once(environment, handler);
		}

		@Override
		public String getDescription() {
			return handler.getDescription();
		}

		@Override
		public ResolvableType getReturnType() {
			return handler.getReturnType();
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return handler.getArguments();
		}

		@Override
		public Method asMethod() {
			return handler.asMethod();
		}

	}

}
