package jp.jusou.graph.config;

import graphql.parser.ParserOptions;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.context.annotation.Configuration;

/**
 * Limits that reject an abusive request before any resolver (and so any Cypher) runs: the
 * parser's size limits, set here; a maximum depth and a maximum complexity, checked by
 * the operations' one instrumentation (operations.OperationInstrumentation). Page sizes
 * and radii are capped by the resolvers (QueryLimits); every transaction has a timeout
 * that the database enforces (spring.transaction.default-timeout).
 */
@Configuration(proxyBeanMethods = false)
public class QueryHardening {

	QueryHardening(QueryLimits limits) {
		ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxCharacters(limits.maxDocumentCharacters())
				.maxTokens(limits.maxDocumentTokens())
				.maxRuleDepth(limits.maxParserRuleDepth()));
		ParserOptions.setDefaultOperationParserOptions(parserOptions);
	}

}
