package jp.jusou.graph.operations;

import java.util.TreeSet;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * Names each executed operation for the metrics by what it asks for, not by the name a
 * client gave it: its type and its top-level fields, e.g. {@code query household} or
 * {@code mutation revokeConsent}. Those come from the schema, so the metric's labels stay
 * few and never carry input values. A document that fails validation never executes and
 * keeps the label {@value #INVALID}. Set by {@link OperationInstrumentation}.
 */
final class OperationLabel {

	/** Key of the label in the request's GraphQL context. */
	static final String CONTEXT_KEY = OperationLabel.class.getName();

	static final String INVALID = "invalid";

	private OperationLabel() {
	}

	/** Puts the executed operation's label in its GraphQL context. */
	static void record(ExecutionContext execution) {
		execution.getGraphQLContext().put(CONTEXT_KEY, of(execution.getOperationDefinition()));
	}

	static String of(OperationDefinition operation) {
		TreeSet<String> fields = new TreeSet<>();
		operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(field -> fields.add(field.getName()));
		return operation.getOperation().name().toLowerCase() + " " + String.join(",", fields);
	}

}
