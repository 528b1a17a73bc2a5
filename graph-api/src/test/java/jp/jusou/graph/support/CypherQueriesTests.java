package jp.jusou.graph.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fragments that project a node take the query's own name for it. */
class CypherQueriesTests {

	@Test
	void aProjectionTakesTheQuerysVariable() {
		String composed = CypherQueries
			.compose("MATCH (convener:Agency) RETURN {{projection.agency(convener)}} AS agency");
		assertThat(composed).contains("RETURN convener {.id, .name")
			.contains("latitude: convener.location.latitude")
			.doesNotContain("{{")
			.doesNotContain("agency {");
	}

	@Test
	void aProjectionWithoutItsVariableIsRefused() {
		assertThatThrownBy(() -> CypherQueries.compose("RETURN {{projection.agency}}"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("projects a variable");
		assertThatThrownBy(() -> CypherQueries.compose("RETURN {{access.candidate(x)}}"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("takes no variable");
	}

}
