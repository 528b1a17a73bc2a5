package jp.jusou.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void splitsStatementsAtSemicolonsEndingALineAndSkipsComments() {
		CypherScript script = CypherScript.parse("test", """
				// a comment
				MERGE (a:Area {id: 'x'})
				SET a.name = 'x;y';
				// another
				MATCH (n) RETURN n;
				""");
		assertThat(script.statements()).containsExactly("MERGE (a:Area {id: 'x'})\nSET a.name = 'x;y'",
				"MATCH (n) RETURN n");
	}

	@Test
	void theDemoResidentsScriptParses() {
		CypherScript script = CypherScript.fromClasspath("seed/demo/residents.cypher");
		assertThat(script.statements()).hasSize(15).allSatisfy(statement -> assertThat(statement).doesNotEndWith(";"));
	}

}
