package jp.jusou.graph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says what went wrong and which setting to change, in a line each, for a
 * {@link StartFailure}.
 */
class StartFailureAnalyzer extends AbstractFailureAnalyzer<StartFailure> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartFailure cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
