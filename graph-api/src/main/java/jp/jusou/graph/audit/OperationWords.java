package jp.jusou.graph.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The Japanese words for an audited operation ({@code Query.household} → 世帯を1件取得), taken
 * from the schema: every field's description ends in its Japanese name. Read once, on
 * first use (the schema is built from the controllers, this among their collaborators).
 */
@Component
class OperationWords {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	/**
	 * Where the English for API clients ends: a full stop, semicolon or bracket and a
	 * space.
	 */
	private static final Pattern END_OF_ENGLISH = Pattern.compile("[.;:)`] ");

	/** What an operation that is no field of the schema is called. */
	private static final String OTHER = "その他の操作";

	private final ObjectProvider<GraphQlSource> graphQlSource;

	private volatile Map<String, String> words;

	OperationWords(ObjectProvider<GraphQlSource> graphQlSource) {
		this.graphQlSource = graphQlSource;
	}

	/** The words for {@code Type.field}; "その他の操作" for what is no field of the schema. */
	String of(String operation) {
		Map<String, String> known = words;
		if (known == null) {
			known = read();
			words = known;
		}
		return known.getOrDefault(operation, OTHER);
	}

	private Map<String, String> read() {
		Map<String, String> read = new HashMap<>();
		for (var type : graphQlSource.getObject().schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					String words = japaneseTail(field.getDescription());
					if (words != null) {
						read.put(object.getName() + "." + field.getName(), words);
					}
				}
			}
		}
		return Map.copyOf(read);
	}

	/**
	 * The Japanese sentence a description ends in ("... with its outcome. アウトリーチ訪問の記録。" →
	 * アウトリーチ訪問の記録), or null.
	 */
	static String japaneseTail(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String text = description.strip();
		String lastLine = text.substring(text.lastIndexOf('\n') + 1);
		int start = 0;
		Matcher english = END_OF_ENGLISH.matcher(lastLine);
		while (english.find()) {
			start = english.end();
		}
		String tail = lastLine.substring(start).strip();
		if (tail.endsWith("。")) {
			tail = tail.substring(0, tail.length() - 1);
		}
		return JAPANESE.matcher(tail).find() ? tail : null;
	}

}
