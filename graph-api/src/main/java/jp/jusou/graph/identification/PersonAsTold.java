package jp.jusou.graph.identification;

/**
 * What a person in front of a window said of themselves (the schema's
 * {@code PersonAsToldInput}): the name or its kana, and the birth year.
 */
public record PersonAsTold(String name, String nameKana, Integer birthYear) {
}
