package jp.jusou.graph.support;

/**
 * A value with the Japanese word users read for it. Every enum of the schema is one,
 * under the schema's type name: the one label table, read by the services (timeline
 * summaries, CSV) and by the pages through {@code vocabulary}.
 */
public interface Labelled {

	/** The Japanese label, as screens and files show it. */
	String label();

}
