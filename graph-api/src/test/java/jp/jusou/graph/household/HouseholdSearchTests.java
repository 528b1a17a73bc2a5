package jp.jusou.graph.household;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a household by a member's name, kana or the address: only among the households
 * the user may see, and only by the names the user may see — a search for a name the user
 * has no basis for finds nothing, so it cannot tell who lives where.
 */
@GraphApiTest
class HouseholdSearchTests {

	@Autowired
	DemoUsers users;

	@Test
	void aWindowFindsItsHouseholdByTheNameItSeesButNeverByANameItMayNotSee() {
		// 包括3 holds the mother's CARE case in the 8050 household: her name is its to see,
		// her son's (no case, no consent naming 包括3) is not
		List<Map<String, Object>> members = members("houkatsu3", "hh-reita");
		assertThat(members).extracting(member -> member.get("name")).contains("例田 ウメ").doesNotContain("例田 健一");

		assertThat(found("houkatsu3", "例田ウメ")).contains("hh-reita");
		assertThat(found("houkatsu3", "れいた うめ")).as("kana in hiragana, spaced").contains("hh-reita");
		assertThat(found("houkatsu3", "門田町")).as("the address").contains("hh-reita");
		assertThat(found("houkatsu3", "健一")).as("the son's name, withheld from 包括3").doesNotContain("hh-reita");
		assertThat(found("seikatsu", "健一")).as("the window holding the son's case").contains("hh-reita");
		assertThat(found("houkatsu1", "例田")).as("no basis for the household").isEmpty();
	}

	@Test
	void aTextTooLongIsRefusedNamingTheFilter() {
		users.as("coordinator")
			.document("query($f: HouseholdFilter) { households(filter: $f) { edges { node { id } } } }")
			.variable("f", Map.of("text", "あ".repeat(101)))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "filter.text")));
	}

	private List<String> found(String user, String text) {
		return users.as(user)
			.document("query($f: HouseholdFilter) { households(first: 100, filter: $f) { edges { node { id } } } }")
			.variable("f", Map.of("text", text))
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> members(String user, String householdId) {
		return users.as(user)
			.document("{ household(id: \"" + householdId + "\") { members { name } } }")
			.execute()
			.path("household.members")
			.entity(List.class)
			.get();
	}

}
