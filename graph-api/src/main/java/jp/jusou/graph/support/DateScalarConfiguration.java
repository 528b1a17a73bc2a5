package jp.jusou.graph.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: ISO-8601 calendar dates, as Neo4j's {@code date} values. */
@Configuration(proxyBeanMethods = false)
public class DateScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		GraphQLScalarType date = GraphQLScalarType.newScalar()
			.name("Date")
			.description("ISO-8601 calendar date, yyyy-MM-dd")
			.coercing(new IsoDateCoercing())
			.build();
		return wiring -> wiring.scalar(date);
	}

	static final class IsoDateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocalDate.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("Expected a date as yyyy-MM-dd (日付はyyyy-MM-dd形式で指定してください)");
			}
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return parseValue(string.getValue(), context, locale);
			}
			throw new CoercingParseLiteralException("Expected a date as yyyy-MM-dd (日付はyyyy-MM-dd形式で指定してください)");
		}

	}

}
