package jp.jusou.graph.request;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Mutations sent with an {@code Idempotency-Key} header run once: the first run leaves a
 * receipt (the staff member, the key, the operation and its answer) in its transaction,
 * beside the write and its audit record; a retry with the same key returns that answer
 * without writing again (and is audited as a replay). A key is the client's: one per
 * request it may have to repeat, at most 100 characters. {@link RootFieldTransactions}
 * calls these steps inside the mutation's transaction.
 */
@Component
record Idempotency(NamedQueries graph) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The receipt the request's key names, or null when it sent none. */
	String receiptId(AccessSubject subject) {
		String key = subject.idempotencyKey();
		if (key == null || key.isBlank()) {
			return null;
		}
		if (key.length() > 100) {
			throw new InvalidArgumentException(RequestEdge.IDEMPOTENCY_KEY, "length",
					"at most 100 characters (冪等キーは100文字以内で指定してください)");
		}
		return subject.staffId() + ":" + key.strip();
	}

	/**
	 * The kept answer, after the checks the handler declares ({@link Requires}); empty
	 * when the key is new.
	 */
	Optional<Object> replay(String receiptId, AccessSubject subject, Method handler, Class<?> answerType) {
		Optional<Record> stored = graph.single("mutation-receipt-find", Parameters.of("id", receiptId));
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		if (!subject.operation().equals(stored.get().get("operation").asString())) {
			throw new InvalidArgumentException(RequestEdge.IDEMPOTENCY_KEY, "one-request-per-key",
					"this key was used for another request; send a new key with a new request"
							+ " (この冪等キーは別の操作に使われています。新しい操作には新しいキーを指定してください)");
		}
		AccessSubjectArgumentResolver.checkDeclared(subject, handler.getAnnotation(Requires.class));
		subject.recordRead(
				new PersonalDataRead(Set.of(), Set.of(), Set.of("IDEMPOTENT_REPLAY"), Set.of(), Set.of(), Set.of(), 0));
		return Optional.of(JSON.readValue(stored.get().get("result").asString(), answerType));
	}

	/** Keeps the first answer under the key. */
	void keep(String receiptId, AccessSubject subject, Object answer) {
		graph.query("mutation-receipt-record")
			.bindAll(Parameters.of("id", receiptId, "staffId", subject.staffId(), "operation", subject.operation(),
					"result", JSON.writeValueAsString(answer)))
			.run();
	}

}
