package jp.jusou.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Readable specifications: each {@code graphql-test/NAME.graphql} holds a request (its
 * first line names the user: {@code # user: coordinator}) and
 * {@code graphql-test/NAME.json} the exact {@code data} expected on the demo city, with
 * "today" fixed at 2026-11-23. Order matters: lists are compared strictly, so "nearest
 * first" and "earliest first" are part of each answer. Run with
 * {@code -Djusou.specifications.update=true} to rewrite the answers from the service
 * after a deliberate change, and review the diff.
 */
@GraphApiTest
class SpecificationTests {

	@Autowired
	DemoUsers users;

	static Stream<String> specifications() throws IOException {
		Resource[] documents = new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphql-test/*.graphql");
		return Arrays.stream(documents).map(Resource::getFilename).map(name -> name.replace(".graphql", "")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("specifications")
	void answersAsSpecified(String name) throws IOException {
		String document = read("graphql-test/" + name + ".graphql");
		String user = document.lines().findFirst().orElseThrow().replace("# user:", "").strip();
		if (Boolean.getBoolean("jusou.specifications.update")) {
			// Rewrites the expected answers from the service (review the diff before
			// committing it).
			Object data = users.as(user)
				.document(document)
				.execute()
				.errors()
				.verify()
				.path("")
				.entity(Object.class)
				.get();
			Files.writeString(Path.of("src/test/resources/graphql-test/" + name + ".json"),
					tools.jackson.databind.json.JsonMapper.builder()
						.build()
						.writerWithDefaultPrettyPrinter()
						.writeValueAsString(data) + "\n",
					StandardCharsets.UTF_8);
			return;
		}
		String expected = read("graphql-test/" + name + ".json");
		users.as(user).document(document).execute().errors().verify().path("").matchesJsonStrictly(expected);
	}

	private static String read(String location) throws IOException {
		Path path = Path.of("src/test/resources", location);
		if (!Files.exists(path)) {
			throw new IllegalStateException("Missing specification file " + path);
		}
		return Files.readString(path, StandardCharsets.UTF_8);
	}

}
