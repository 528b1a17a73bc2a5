package jp.jusou.graph.benchmark;

import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.neo4j.driver.Session;

/**
 * One headline query, asked two ways: as a GraphQL document over HTTP, and as the same
 * named Cypher run straight through the driver (no HTTP, no GraphQL, no access checks, no
 * audit).
 *
 * @param name what the table calls it
 * @param document a GraphQL document for a random target
 * @param raw the same read through the driver for a random target
 */
record Scenario(String name, Function<Random, String> document, BiConsumer<Session, Random> raw) {
}
