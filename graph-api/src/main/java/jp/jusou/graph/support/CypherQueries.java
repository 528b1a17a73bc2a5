package jp.jusou.graph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The named queries of the {@code cypher/} module ({@code classpath:cypher/queries/NAME.cypher}): the
 * reads, and each mutation's checks and writes, each a file a person can paste into Neo4j Browser. Values always travel as parameters.
 */
@Component
public class CypherQueries {

	private final Map<String, String> loaded = new ConcurrentHashMap<>();

	/** The text of query {@code name}; fails at first use if the file is missing. */
	public String get(String name) {
		return loaded.computeIfAbsent(name, CypherQueries::read);
	}

	private static String read(String name) {
		ClassPathResource resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Named query missing: " + name, ex);
		}
	}
}
