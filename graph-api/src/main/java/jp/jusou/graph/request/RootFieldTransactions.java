package jp.jusou.graph.request;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * The unit of work is the root field: every {@code Query} field resolves in one read-only
 * transaction and every {@code Mutation} field in one write transaction, opened here
 * rather than on each service, so that no mutation can write outside one and its audit
 * record commits with it ({@link AuditBuffer}). A mutation also runs once per
 * {@code Idempotency-Key} ({@link Idempotency}). Fields below the root (batch loaders,
 * {@code Household.meetings}) run after the root's transaction and open their own; so
 * does a query marked {@link OwnTransactions}, whose walk opens one a page.
 * <p>
 * A handler's error reaches here as Spring's answer to it (a {@link Mono}, not the
 * handler's type); its transaction then rolls back and a mutation leaves no receipt.
 */
@Component
class RootFieldTransactions implements GraphQlSourceBuilderCustomizer {

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	private final Idempotency idempotency;

	RootFieldTransactions(PlatformTransactionManager transactionManager, Idempotency idempotency) {
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactionManager);
		this.idempotency = idempotency;
	}

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(new RootFields()));
	}

	private Object read(DataFetchingEnvironment environment, SelfDescribingDataFetcher<?> handler) {
		return reads.execute(status -> settled(status, answerOf(handler, environment)));
	}

	private Object write(DataFetchingEnvironment environment, SelfDescribingDataFetcher<?> handler) {
		AccessSubject subject = AccessSubjectArgumentResolver.subjectAt(environment);
		String receipt = idempotency.receiptId(subject);
		Class<?> answerType = ClassUtils.resolvePrimitiveIfNecessary(handler.getReturnType().toClass());
		return writes.execute(status -> {
			Optional<Object> kept = receipt == null ? Optional.empty()
					: idempotency.replay(receipt, subject, handler.asMethod(), answerType);
			if (kept.isPresent()) {
				return kept.get();
			}
			Object answer = settled(status, answerOf(handler, environment));
			if (receipt != null && !status.isRollbackOnly()) {
				idempotency.keep(receipt, subject, answer);
			}
			return answer;
		});
	}

	private static Object settled(TransactionStatus status, Object answer) {
		if (answer instanceof Mono<?>) {
			status.setRollbackOnly();
		}
		return answer;
	}

	private static Object answerOf(SelfDescribingDataFetcher<?> handler, DataFetchingEnvironment environment) {
		try {
			return handler.get(environment);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether the handler opens its own transactions; only a query may.
	 * @throws IllegalStateException at start, for a mutation marked so
	 */
	private static boolean ownTransactions(SelfDescribingDataFetcher<?> handler, boolean mutation) {
		Method method = handler.asMethod();
		boolean own = method != null && method.isAnnotationPresent(OwnTransactions.class);
		if (own && mutation) {
			throw new IllegalStateException(method + " is a mutation: its write is one transaction");
		}
		return own;
	}

	/** Puts a transaction around the handler of every root field. */
	private final class RootFields extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (context.getParentNode() instanceof GraphQLObjectType type
					&& (type.getName().equals("Query") || type.getName().equals("Mutation"))) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				boolean mutation = type.getName().equals("Mutation");
				if (registry.getDataFetcher(coordinates, field) instanceof SelfDescribingDataFetcher<?> handler
						&& !ownTransactions(handler, mutation)) {
					registry.dataFetcher(coordinates, new InTransaction(handler, mutation));
				}
			}
			return TraversalControl.CONTINUE;
		}

	}

	/**
	 * A root field's handler in its transaction; it still describes the handler it runs.
	 */
	private final class InTransaction implements SelfDescribingDataFetcher<Object> {

		private final SelfDescribingDataFetcher<?> handler;

		private final boolean mutation;

		private InTransaction(SelfDescribingDataFetcher<?> handler, boolean mutation) {
			this.handler = handler;
			this.mutation = mutation;
		}

		@Override
		public Object get(DataFetchingEnvironment environment) {
			return mutation ? write(environment, handler) : read(environment, handler);
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
