package jp.jusou.graph.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct GraphQL document once: the pages and clients send
 * the same few documents with different variables, so the parsed and validated document
 * is kept (the most recently used {@value #MAX_DOCUMENTS}, keyed by the document's text).
 * Documents with errors are not kept. The depth and complexity limits run at execution,
 * so a kept document is still checked on every request.
 */
@Configuration(proxyBeanMethods = false)
public class ParsedDocumentCache {

	static final int MAX_DOCUMENTS = 500;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		PreparsedDocumentProvider provider = new Provider();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	/**
	 * A bounded, least-recently-used map of document text to its parsed and validated
	 * form.
	 */
	static final class Provider implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > MAX_DOCUMENTS;
			}
		};

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String text = input.getQuery();
			PreparsedDocumentEntry kept;
			synchronized (documents) {
				kept = documents.get(text);
			}
			if (kept != null) {
				return CompletableFuture.completedFuture(kept);
			}
			PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
			if (!parsed.hasErrors()) {
				synchronized (documents) {
					documents.put(text, parsed);
				}
			}
			return CompletableFuture.completedFuture(parsed);
		}

	}

}
