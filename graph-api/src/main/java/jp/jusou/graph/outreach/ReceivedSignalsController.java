package jp.jusou.graph.outreach;

import jp.jusou.graph.request.Requires;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.outreach.ReceivedSignals.SignalPage;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code receivedSignals}: the agency's own signals, paged. */
@Controller
class ReceivedSignalsController {

	private final ReceivedSignals signals;

	private final QueryLimits limits;

	ReceivedSignalsController(ReceivedSignals signals, QueryLimits limits) {
		this.signals = signals;
		this.limits = limits;
	}

	@QueryMapping
	@Requires(personLevel = true)
	SignalPage receivedSignals(@Argument Integer first, @Argument String after, AccessSubject subject) {
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		return signals.page(subject, pageSize, Cursor.decode("after", ReceivedSignals.CURSOR_KIND, after));
	}

}
