package jp.jusou.graph.benchmark;

import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.neo4j.driver.Session;

/**
 * One headline query, asked two ways: as a GraphQL document over HTTP, and as the same named Cypher
 * run straight through the driver (no HTTP, no GraphQL, no access checks, no audit).
 *
 * @param name what the table calls it
 * @param statementsPerRequest Cypher statements one GraphQL request runs once its user has signed in (the
 *        sign-in is remembered for jusou.security.sign-in-cache): fields, batches and the audit append (one
 *        statement, shared by the requests that wait for it at the same time)
 * @param document a GraphQL document for a random target
 * @param raw the same read through the driver for a random target
 */
record Scenario(String name, int statementsPerRequest, Function<Random, String> document,
		BiConsumer<Session, Random> raw) {
}
