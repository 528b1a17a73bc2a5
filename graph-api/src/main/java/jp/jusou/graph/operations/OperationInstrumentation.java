package jp.jusou.graph.operations;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.stereotype.Component;

/**
 * The service's one GraphQL instrumentation: once an operation, it names it for the
 * metrics ({@link OperationLabel}) and rejects a document deeper or more complex than
 * {@link QueryLimits} allow (every field occurrence counts, so aliases count), before any
 * resolver runs. One instrumentation, not three chained: graphql-java asks a chain at
 * every field of every answer, and none of these has anything to do there.
 */
@Component
class OperationInstrumentation implements Instrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	OperationInstrumentation(QueryLimits limits) {
		this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth());
		this.complexity = new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return complexity.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<java.util.List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		return complexity.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationLabel.record(parameters.getExecutionContext());
		depth.beginExecuteOperation(parameters, null);
		complexity.beginExecuteOperation(parameters, state);
		return SimpleInstrumentationContext.noOp();
	}

}
