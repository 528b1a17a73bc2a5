package jp.jusou.graph.config;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.parser.ParserOptions;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that reject an abusive request before any resolver (and so any Cypher) runs: the
 * parser's size limits, a maximum depth, and a maximum complexity in which every field
 * occurrence counts, so aliases count. Page sizes and radii are capped by the resolvers
 * (QueryLimits); every transaction has a timeout that the database enforces
 * (spring.transaction.default-timeout).
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

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

}
