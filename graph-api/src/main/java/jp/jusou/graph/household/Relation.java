package jp.jusou.graph.household;

import java.util.Arrays;
import java.util.Optional;

import jp.jusou.graph.support.Labelled;

/**
 * A member's relation to the head of household (続柄), as the API takes and gives it: a
 * code in {@code relation}, its word in {@code relationLabel} and in {@code vocabulary}.
 */
public enum Relation implements Labelled {

	HEAD, SPOUSE, CHILD, MOTHER, FATHER, GRANDCHILD, OTHER;

	/** The relation a code names, if it names one. */
	public static Optional<Relation> of(String code) {
		return Arrays.stream(values()).filter(relation -> relation.name().equals(code)).findFirst();
	}

}
