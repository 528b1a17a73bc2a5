package jp.jusou.graph.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workspace's pages: each is its own head (title, scripts) and body
 * ({@code workspace/pages/NAME.html}) put into one shell ({@code workspace/shell.html}:
 * the document, the stylesheet, the header the page script fills in). Every page is a
 * GraphQL client of /graphql with the session's purpose of use, so it shows exactly what
 * the API shows the user; composed once, at start.
 */
@Controller
class WorkspacePages {

	private static final String BODY = "<!-- body -->";

	/** The page shown at each path, by the name of its file. */
	private static final Map<String, String> PAGES = Map.of("", "index", "signin", "signin", "map", "map", "household",
			"household", "record", "record", "today", "today", "dashboard", "dashboard", "evaluation", "evaluation",
			"audit", "audit");

	private static final String HEADER = "<header class=\"app\"><h1>重層的支援 ワークスペース</h1></header>";

	private final Map<String, String> composed = new LinkedHashMap<>();

	WorkspacePages() {
		String shell = read("workspace/shell.html");
		PAGES.forEach((path, name) -> {
			String page = read("workspace/pages/" + name + ".html");
			int body = page.indexOf(BODY);
			if (body < 0) {
				throw new IllegalStateException("workspace/pages/" + name + ".html has no " + BODY + " line");
			}
			String head = page.substring(page.indexOf('\n') + 1, body).strip();
			composed.put(path,
					shell.replace("{{head}}", head)
						.replace("{{header}}", "signin".equals(name) ? "" : HEADER)
						.replace("{{body}}", page.substring(body + BODY.length()).strip()));
		});
	}

	@GetMapping("/")
	ResponseEntity<String> home() {
		return page("");
	}

	@GetMapping("/{name:signin|map|household|record|today|dashboard|evaluation|audit}")
	ResponseEntity<String> page(@PathVariable String name) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(composed.get(name));
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
