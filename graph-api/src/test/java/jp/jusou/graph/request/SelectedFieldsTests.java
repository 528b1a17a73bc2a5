package jp.jusou.graph.request;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a handler learns of its selection from the request's document: the fields under it
 * by name through fragments, without those a {@code @skip} or {@code @include} leaves out
 * — so a household's members are read with it exactly when the request shows them.
 */
class SelectedFieldsTests {

	@Test
	void fieldsByNameAtAnyDepthWhateverTheirAlias() {
		SelectedFields selected = selected("{ households { edges { node { id people: members { name } } } } }",
				Map.of());
		assertThat(selected.contains("edges/node/members")).isTrue();
		assertThat(selected.contains("edges/node/members/name")).isTrue();
		assertThat(selected.contains("edges/node/people")).as("an alias is not a field's name").isFalse();
		assertThat(selected.contains("edges/node/agencies")).isFalse();
		assertThat(selected.contains("members")).as("only at its own depth").isFalse();
		assertThat(selected.containsAnyOf("edges/node/agencies", "edges/node/members")).isTrue();
	}

	@Test
	void throughFragmentsNamedAndInline() {
		String document = """
				query { household(id: "hh-1") { ...Who ... on Household { agencies { count } } } }
				fragment Who on Household { id ... { members { name } } }""";
		SelectedFields selected = selected(document, Map.of());
		assertThat(selected.contains("members")).isTrue();
		assertThat(selected.contains("agencies/count")).isTrue();
		assertThat(selected.contains("meetings")).isFalse();
	}

	@Test
	void skipAndIncludeAsLiteralsOrVariables() {
		String document = """
				query ($showMembers: Boolean!, $hideAgencies: Boolean!) {
				  household(id: "hh-1") {
				    id
				    members @include(if: $showMembers) { name }
				    agencies @skip(if: $hideAgencies) { count }
				    ...Meetings @skip(if: true)
				  }
				}
				fragment Meetings on Household { meetings { id } }""";
		SelectedFields shown = selected(document, Map.of("showMembers", true, "hideAgencies", false));
		assertThat(shown.contains("members")).isTrue();
		assertThat(shown.contains("agencies")).isTrue();
		assertThat(shown.contains("meetings")).as("a fragment spread skipped").isFalse();
		SelectedFields hidden = selected(document, Map.of("showMembers", false, "hideAgencies", true));
		assertThat(hidden.contains("members")).isFalse();
		assertThat(hidden.contains("agencies")).isFalse();
	}

	@Test
	void aFieldAskedTwiceCountsEitherTime() {
		SelectedFields selected = selected(
				"{ household(id: \"hh-1\") { id } household(id: \"hh-1\") { members { name } } }", Map.of());
		assertThat(selected.contains("members")).isTrue();
	}

	/**
	 * The selection below the root field as graphql-java merges it: every occurrence of
	 * the first root field's name.
	 */
	private static SelectedFields selected(String text, Map<String, Object> variables) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		List<Field> roots = operation.getSelectionSet().getSelectionsOfType(Field.class);
		List<Field> merged = roots.stream().filter(field -> field.getName().equals(roots.get(0).getName())).toList();
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
		return new SelectedFields(merged, fragments, variables);
	}

}
