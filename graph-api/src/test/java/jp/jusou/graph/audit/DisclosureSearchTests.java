package jp.jusou.graph.audit;

import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 開示請求 from a name: the privacy officer finds the person by the name or kana and birth
 * year of the requester's document; nobody else may search; a name alone answers nothing.
 */
@GraphApiTest
class DisclosureSearchTests {

	static final String FIND = """
			query($name: String, $kana: String, $year: Int!) {
			  disclosureCandidates(name: $name, nameKana: $kana, birthYear: $year) { personId name address } }""";

	@Autowired
	DemoUsers users;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void thePrivacyOfficerFindsTheRequesterByNameOrKanaAndBirthYear() {
		int year = neo4j.query("MATCH (p:Person {id: 'p-reita-kenichi'}) RETURN p.birthYear AS year")
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> row.get("year").asInt())
			.one()
			.orElseThrow();
		assertThat(find("例田健一", null, year)).extracting(found -> found.get("personId"))
			.containsExactly("p-reita-kenichi");
		assertThat(find(null, "れいた けんいち", year)).extracting(found -> found.get("address")).containsExactly("門田町（架空）");
		assertThat(find("例田健一", null, year - 1)).as("another birth year").isEmpty();
	}

	@Test
	void onlyThePrivacyOfficerSearchesAndABirthYearIsNeeded() {
		users.as("coordinator")
			.document(FIND)
			.variable("name", "例田健一")
			.variable("year", 1974)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "ROLE_NOT_ALLOWED")));
		users.as("privacy")
			.document(FIND)
			.variable("year", 1974)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "name")));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> find(String name, String kana, int year) {
		var request = users.as("privacy").document(FIND).variable("year", year);
		if (name != null) {
			request = request.variable("name", name);
		}
		if (kana != null) {
			request = request.variable("kana", kana);
		}
		return request.execute().path("disclosureCandidates").entity(List.class).get();
	}

}
