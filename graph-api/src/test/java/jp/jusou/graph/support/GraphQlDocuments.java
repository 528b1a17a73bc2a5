package jp.jusou.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The tests' GraphQL documents, each a named file under {@code graphql-test/} (a
 * specification a reader can paste into GraphiQL), not a string inside a test.
 */
public final class GraphQlDocuments {

	private GraphQlDocuments() {
	}

	/** The document {@code graphql-test/NAME.graphql}, e.g. {@code workflow/consult}. */
	public static String named(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8)
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No document graphql-test/" + name + ".graphql", ex);
		}
	}

}
