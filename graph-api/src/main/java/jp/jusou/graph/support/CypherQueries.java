package jp.jusou.graph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The named queries of the {@code cypher/} module
 * ({@code classpath:cypher/queries/NAME.cypher}): the reads, and each mutation's checks
 * and writes, each a file a person can paste into Neo4j Browser once its fragments are
 * filled in. Values always travel as parameters.
 * <p>
 * A query may include a section of a fragment file
 * ({@code cypher/queries/fragments/FILE.cypher}, its sections headed
 * {@code // fragment: SECTION}) by writing {@code {{FILE.SECTION}}}; the section's text,
 * without its comment lines, replaces the marker when the query is loaded (a marker in a
 * comment stays as it is; a section may include another section the same way). This is
 * how the access facts are written once ({@code fragments/access.cypher}) and read by
 * every query that shows households or persons.
 * <p>
 * A section that projects one node names it in its header
 * ({@code // fragment: agency(agency)}); a query names its own variable for it,
 * {@code {{projection.agency(a)}}}, and the section's variable is renamed to that name.
 * The name is the query file's, never a value: values always travel as parameters.
 */
@Component
public class CypherQueries {

	private static final Pattern INCLUDE = Pattern
		.compile("\\{\\{([a-z-]+)\\.([a-z-]+)(?:\\(([A-Za-z][A-Za-z0-9]*)\\))?}}");

	private static final Pattern SECTION = Pattern
		.compile("^// fragment: ([a-z-]+)(?:\\(([A-Za-z][A-Za-z0-9]*)\\))?\\s*$", Pattern.MULTILINE);

	/** A section's text, and the variable it projects when it takes one. */
	record Section(String text, String variable) {

		/**
		 * The text for {@code argument}: the section's variable renamed to it (a name the
		 * query file chose, never a value).
		 */
		String applied(String argument) {
			if (variable == null || argument == null) {
				if (!Objects.equals(variable, argument)) {
					throw new IllegalStateException("Fragment " + (variable == null ? "takes no variable"
							: "projects a variable: name it, {{file.section(variable)}}"));
				}
				return text;
			}
			return Pattern.compile("(?<![.\\w$])" + Pattern.quote(variable) + "(?!\\w)")
				.matcher(text)
				.replaceAll(Matcher.quoteReplacement(argument));
		}
	}

	private final Map<String, String> loaded = new ConcurrentHashMap<>();

	/**
	 * The text of query {@code name} with its fragments filled in; fails at first use if
	 * a file is missing.
	 */
	public String get(String name) {
		return loaded.computeIfAbsent(name, query -> compose(read("cypher/queries/" + query + ".cypher")));
	}

	/** Composes {@code text} (a named query's source) with the fragments it includes. */
	public static String compose(String text) {
		Matcher include = INCLUDE.matcher(text);
		StringBuilder composed = new StringBuilder();
		while (include.find()) {
			int lineStart = text.lastIndexOf('\n', include.start()) + 1;
			if (text.substring(lineStart, include.start()).strip().startsWith("//")) {
				include.appendReplacement(composed, Matcher.quoteReplacement(include.group()));
				continue;
			}
			Section section = sections(include.group(1)).get(include.group(2));
			if (section == null) {
				throw new IllegalStateException("Fragment section missing: " + include.group());
			}
			include.appendReplacement(composed, Matcher.quoteReplacement(compose(section.applied(include.group(3)))));
		}
		include.appendTail(composed);
		return composed.toString();
	}

	/** The sections of one fragment file, by name, without comment lines. */
	static Map<String, Section> sections(String file) {
		String text = read("cypher/queries/fragments/" + file + ".cypher");
		Map<String, Section> sections = new LinkedHashMap<>();
		Matcher header = SECTION.matcher(text);
		String current = null;
		String variable = null;
		int start = 0;
		while (header.find()) {
			if (current != null) {
				sections.put(current, new Section(withoutComments(text.substring(start, header.start())), variable));
			}
			current = header.group(1);
			variable = header.group(2);
			start = header.end();
		}
		if (current != null) {
			sections.put(current, new Section(withoutComments(text.substring(start)), variable));
		}
		return sections;
	}

	private static String withoutComments(String section) {
		return section.lines()
			.filter(line -> !line.isBlank() && !line.strip().startsWith("//"))
			.reduce((a, b) -> a + "\n" + b)
			.orElse("");
	}

	private static String read(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Named query missing: " + path, ex);
		}
	}

}
