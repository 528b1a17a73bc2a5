package jp.jusou.graph.consistency;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.Bookmark;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bookmarks a client carries from one service instance to the next in the
 * {@value #HEADER} header: every transaction of its request starts only once the database
 * it reaches has caught up with them, so a consent revoked through one instance is in
 * force on the client's next read through any other, also when that read goes to a
 * cluster follower. Held per request (a thread-local that Spring for GraphQL carries to
 * its data fetchers); malformed values and more than {@value #MAX_BOOKMARKS} are ignored.
 */
public class ClientBookmarks extends OncePerRequestFilter {

	/**
	 * Request header with the bookmarks the client last received; the response carries
	 * the new ones.
	 */
	public static final String HEADER = "X-Graph-Bookmark";

	static final int MAX_BOOKMARKS = 16;

	private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9+/=:_.-]{1,512}");

	private static final ThreadLocal<Set<Bookmark>> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(ClientBookmarks.class.getName(), CURRENT::get, CURRENT::set, CURRENT::remove);
	}

	/**
	 * The bookmarks of the request on this thread; empty outside a request or when it
	 * carries none.
	 */
	static Set<Bookmark> current() {
		Set<Bookmark> bookmarks = CURRENT.get();
		return bookmarks == null ? Set.of() : bookmarks;
	}

	static Set<Bookmark> parse(String header) {
		if (header == null || header.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(header.split(","))
			.map(String::strip)
			.filter(value -> BOOKMARK.matcher(value).matches())
			.limit(MAX_BOOKMARKS)
			.map(Bookmark::from)
			.collect(Collectors.toUnmodifiableSet());
	}

	static String format(Iterable<Bookmark> bookmarks) {
		StringBuilder header = new StringBuilder();
		for (Bookmark bookmark : bookmarks) {
			if (!header.isEmpty()) {
				header.append(',');
			}
			header.append(bookmark.value());
		}
		return header.toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<Bookmark> bookmarks = parse(request.getHeader(HEADER));
		if (bookmarks.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		CURRENT.set(bookmarks);
		try {
			chain.doFilter(request, response);
		}
		finally {
			CURRENT.remove();
		}
	}

}
