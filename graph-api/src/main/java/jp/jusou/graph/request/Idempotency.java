package jp.jusou.graph.request;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mutations sent with an {@code Idempotency-Key} header run once: the first run leaves a
 * receipt (the staff member, the key, the operation and its answer) in its own
 * transaction, beside the write and its audit record; a retry with the same key returns
 * that answer without writing again (and is audited as a replay). A key is the client's:
 * one per request it may have to repeat, at most 100 characters.
 */
@Component
public class Idempotency {

	public static final String HEADER = "Idempotency-Key";

	private final NamedQueries graph;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	Idempotency(NamedQueries graph, PlatformTransactionManager transactionManager) {
		this.graph = graph;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Runs {@code mutation} once per key; without a key, every time. */
	public <T> T once(AccessSubject subject, Class<T> type, Supplier<T> mutation) {
		String key = subject.idempotencyKey();
		String operation = subject.operation();
		if (key == null || key.isBlank()) {
			return mutation.get();
		}
		if (key.length() > 100) {
			throw new InvalidArgumentException(HEADER, "length", "at most 100 characters (冪等キーは100文字以内で指定してください)");
		}
		String id = subject.staffId() + ":" + key.strip();
		return transactions.execute(status -> {
			Optional<Record> stored = graph.single("mutation-receipt-find", Parameters.of("id", id));
			if (stored.isPresent()) {
				if (!operation.equals(stored.get().get("operation").asString())) {
					throw new InvalidArgumentException(HEADER, "one-request-per-key",
							"this key was used for another request; send a new key with a new request"
									+ " (この冪等キーは別の操作に使われています。新しい操作には新しいキーを指定してください)");
				}
				subject.recordRead(new PersonalDataRead(Set.of(), Set.of(), Set.of("IDEMPOTENT_REPLAY"), Set.of(),
						Set.of(), Set.of(), 0));
				return json.readValue(stored.get().get("result").asString(), type);
			}
			T result = mutation.get();
			graph.query("mutation-receipt-record")
				.bindAll(Parameters.of("id", id, "staffId", subject.staffId(), "operation", operation, "result",
						json.writeValueAsString(result)))
				.run();
			return result;
		});
	}

}
