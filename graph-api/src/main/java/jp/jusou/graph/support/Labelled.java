package jp.jusou.graph.support;

/**
 * An enum value with the Japanese word users read for it. The words stand in one table,
 * {@code graphql/vocabulary.properties} (beside the schema, in the schema module), as
 * {@code TYPE.CODE=label}: read by the services (timeline summaries, messages), and by
 * the pages through {@code vocabulary}.
 */
public interface Labelled {

	/** The Japanese label, as screens and files show it. */
	default String label() {
		return Labels.of((Enum<?>) this);
	}

}
