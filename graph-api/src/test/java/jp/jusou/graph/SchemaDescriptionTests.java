package jp.jusou.graph;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, input field and enum value of the API is described for its
 * readers.
 */
@GraphApiTest
class SchemaDescriptionTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everythingInTheSchemaHasADescription() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__")
					|| List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
				continue;
			}
			check(undescribed, type.getName(), type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach(field -> {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
					field.getArguments()
						.forEach(argument -> check(undescribed,
								type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription() != null ? argument.getDescription()
										: field.getDescription()));
				});
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach(field -> check(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach(value -> check(undescribed, type.getName() + "." + value.getName(),
							value.getDescription()));
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static void check(List<String> undescribed, String name, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(name);
		}
	}

}
