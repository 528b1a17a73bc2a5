package jp.jusou.graph.operations;

import java.util.TreeSet;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

import org.springframework.stereotype.Component;

/**
 * Names each executed operation for the metrics by what it asks for, not by the name a
 * client gave it: its type and its top-level fields, e.g. {@code query household} or
 * {@code mutation revokeConsent}. Those come from the schema, so the metric's labels stay
 * few and never carry input values. A document that fails validation never executes and
 * keeps the label {@value #INVALID}.
 */
@Component
class OperationLabel implements Instrumentation {

	/** Key of the label in the request's GraphQL context. */
	static final String CONTEXT_KEY = OperationLabel.class.getName();

	static final String INVALID = "invalid";

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		parameters.getExecutionContext().getGraphQLContext().put(CONTEXT_KEY, of(operation));
		return SimpleInstrumentationContext.noOp();
	}

	static String of(OperationDefinition operation) {
		TreeSet<String> fields = new TreeSet<>();
		operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(field -> fields.add(field.getName()));
		return operation.getOperation().name().toLowerCase() + " " + String.join(",", fields);
	}

}
