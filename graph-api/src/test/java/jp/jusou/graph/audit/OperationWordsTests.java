package jp.jusou.graph.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An audited operation is named by the Japanese its schema description ends in. */
class OperationWordsTests {

	@Test
	void theJapaneseAfterTheEnglishIsTheOperationsName() {
		assertThat(OperationWords.japaneseTail("""
				One household by id; an unknown id is an error naming `id`. Members and involvements appear
				only where the user has a basis; the rest is counted in `withheld`. 世帯を1件取得。""")).isEqualTo("世帯を1件取得");
		assertThat(OperationWords.japaneseTail(
				"Record a visit (訪問) by the signed-in staff member to a household, with its outcome. アウトリーチ訪問の記録。"))
			.isEqualTo("アウトリーチ訪問の記録");
		assertThat(OperationWords.japaneseTail("Who (login name). 利用者。")).isEqualTo("利用者");
		assertThat(OperationWords.japaneseTail("No Japanese here.")).isNull();
		assertThat(OperationWords.japaneseTail(null)).isNull();
	}

}
