package jp.jusou.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cypher script as a person would paste it into Neo4j Browser: statements end with a
 * semicolon at the end of a line, and lines starting with {@code //} are comments.
 */
public record CypherScript(String name, List<String> statements) {

	public static CypherScript fromClasspath(String location) {
		try (InputStream in = CypherScript.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("Cypher script missing from the classpath: " + location);
			}
			return parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read Cypher script " + location, ex);
		}
	}

	static CypherScript parse(String name, String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(line, 0, line.lastIndexOf(';'));
				statements.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(line).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return new CypherScript(name, List.copyOf(statements));
	}
}
