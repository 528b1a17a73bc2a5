package jp.jusou.graph.vocabulary;

import java.util.List;

import jp.jusou.graph.vocabulary.Vocabulary.Term;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code vocabulary}: every enum value with its Japanese label; public words, no person.
 */
@Controller
record VocabularyController(Vocabulary words) {

	@QueryMapping
	List<Term> vocabulary() {
		return words.terms();
	}

}
