package jp.jusou.graph.vocabulary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.Labels;
import jp.jusou.graph.vocabulary.Vocabulary.Term;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary: every enum of the schema has its Japanese labels in one table
 * ({@code graphql/vocabulary.properties}), the API answers it, and the pages hold no
 * label table of their own.
 */
@GraphApiTest
class VocabularyTests {

	/** A page-side table of enum codes to words, e.g. {@code CARE: '介護'}. */
	private static final Pattern LABEL_TABLE = Pattern
		.compile("\\b[A-Z][A-Z0-9_]{2,}\\s*:\\s*'[^']*[^\\x00-\\x7F][^']*'");

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Vocabulary vocabulary;

	@Autowired
	DemoUsers users;

	@Test
	void everyEnumOfTheSchemaHasALabelForEveryValue() {
		Map<String, List<Term>> byType = vocabulary.byType();
		List<String> missing = new ArrayList<>();
		for (GraphQLEnumType type : graphQlSource.schema()
			.getAllTypesAsList()
			.stream()
			.filter(GraphQLEnumType.class::isInstance)
			.map(GraphQLEnumType.class::cast)
			.filter(type -> !type.getName().startsWith("__"))
			.toList()) {
			Set<String> codes = byType.getOrDefault(type.getName(), List.of())
				.stream()
				.map(Term::code)
				.collect(Collectors.toCollection(TreeSet::new));
			Set<String> values = type.getValues()
				.stream()
				.map(GraphQLEnumValueDefinition::getName)
				.collect(Collectors.toCollection(TreeSet::new));
			if (!codes.equals(values)) {
				missing.add(type.getName() + ": schema " + values + ", labelled " + codes);
			}
		}
		assertThat(missing).isEmpty();
		assertThat(vocabulary.terms()).allSatisfy(term -> assertThat(term.label()).isNotBlank());
		assertThat(vocabulary.terms().stream().map(Term::type).toList()).as("by type, for selectors and reading")
			.isSorted();
	}

	@Test
	void theTableNamesOnlyValuesThatExist() throws IOException {
		Properties table = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(Labels.TABLE).getInputStream(),
				StandardCharsets.UTF_8)) {
			table.load(reader);
		}
		Set<String> known = vocabulary.terms()
			.stream()
			.map(term -> term.type() + "." + term.code())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(table.stringPropertyNames())).isEqualTo(known);
	}

	@Test
	void everyUserReadsTheVocabulary() {
		for (String user : List.of("csw", "dashboard", "privacy", "admin")) {
			users.as(user)
				.document("{ vocabulary { type code label } }")
				.execute()
				.path("vocabulary[?(@.type == 'Field' && @.code == 'CARE')].label")
				.entity(String[].class)
				.isEqualTo(new String[] { "介護" });
		}
	}

	@Test
	void pagesHoldNoLabelTableOfTheirOwn() throws IOException {
		List<String> tables = new ArrayList<>();
		for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath:static/assets/*.js")) {
			Matcher table = LABEL_TABLE.matcher(script.getContentAsString(StandardCharsets.UTF_8));
			while (table.find()) {
				tables.add(script.getFilename() + ": " + table.group());
			}
		}
		assertThat(tables).isEmpty();
	}

}
