package jp.jusou.graph.request;

import java.util.Optional;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Mutations sent with an {@code Idempotency-Key} header run once: the first run leaves a
 * receipt (the staff member, the key, the operation and its answer) in its own
 * transaction, beside the write and its audit record; a retry with the same key returns
 * that answer without writing again (and is audited as a replay). A key is the client's:
 * one per request it may have to repeat, at most 100 characters.
 */
@Component
class Idempotency {

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

	/**
	 * Runs a mutation's handler once per key; without a key, every time. A replay passes
	 * the checks the handler declares ({@link Requires}) before it answers; a handler
	 * that ends in an error leaves no receipt and no write.
	 */
	Object once(DataFetchingEnvironment environment, SelfDescribingDataFetcher<?> handler) throws Exception {
		AccessSubject subject = AccessSubjectArgumentResolver.subjectAt(environment);
		String key = subject.idempotencyKey();
		if (key == null || key.isBlank()) {
			return handler.get(environment);
		}
		if (key.length() > 100) {
			throw new InvalidArgumentException(HEADER, "length", "at most 100 characters (冪等キーは100文字以内で指定してください)");
		}
		String id = subject.staffId() + ":" + key.strip();
		Class<?> answerType = ClassUtils.resolvePrimitiveIfNecessary(handler.getReturnType().toClass());
		return transactions.execute(status -> {
			Optional<Record> stored = graph.single("mutation-receipt-find", Parameters.of("id", id));
			if (stored.isPresent()) {
				return replay(subject, handler, stored.get(), answerType);
			}
			Object answer = answerOf(handler, environment);
			if (!answerType.isInstance(answer)) {
				status.setRollbackOnly();
				return answer;
			}
			graph.query("mutation-receipt-record")
				.bindAll(Parameters.of("id", id, "staffId", subject.staffId(), "operation", subject.operation(),
						"result", json.writeValueAsString(answer)))
				.run();
			return answer;
		});
	}

	private Object replay(AccessSubject subject, SelfDescribingDataFetcher<?> handler, Record stored,
			Class<?> answerType) {
		if (!subject.operation().equals(stored.get("operation").asString())) {
			throw new InvalidArgumentException(HEADER, "one-request-per-key",
					"this key was used for another request; send a new key with a new request"
							+ " (この冪等キーは別の操作に使われています。新しい操作には新しいキーを指定してください)");
		}
		AccessSubjectArgumentResolver.checkDeclared(subject, handler.asMethod().getAnnotation(Requires.class));
		subject.recordRead(
				new PersonalDataRead(Set.of(), Set.of(), Set.of("IDEMPOTENT_REPLAY"), Set.of(), Set.of(), Set.of(), 0));
		return json.readValue(stored.get("result").asString(), answerType);
	}

	/**
	 * The handler's answer, or what it made of an error (Spring answers a handler's
	 * exception with a value that is not the answer).
	 */
	private static Object answerOf(SelfDescribingDataFetcher<?> handler, DataFetchingEnvironment environment) {
		try {
			return handler.get(environment);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
