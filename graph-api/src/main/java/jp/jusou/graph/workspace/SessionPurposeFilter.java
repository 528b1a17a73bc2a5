package jp.jusou.graph.workspace;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jusou.graph.request.PurposeOfUse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the session's purpose of use to the GraphQL layer as a request attribute (which
 * Spring for GraphQL passes on as the request's attributes); {@code request.RequestEdge}
 * uses it when the request has no {@code X-Purpose-Of-Use} header. Requests without a
 * session (API clients) are untouched.
 */
@Component
class SessionPurposeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PurposeOfUse purpose = SessionPurpose.current(request);
		if (purpose != null) {
			request.setAttribute(PurposeOfUse.SESSION_ATTRIBUTE, purpose);
		}
		chain.doFilter(request, response);
	}

}
