/**
 * A real KRaft Kafka broker and a real Elasticsearch node for tests and the local demo.
 *
 * <p>{@link org.manara.embedded.kafka.EmbeddedKafka} and {@link
 * org.manara.embedded.elasticsearch.EmbeddedElasticsearch} run in-process or, through their
 * builders' {@code startProcess}, as child JVMs ({@link org.manara.embedded.process.ChildProcess});
 * {@link org.manara.embedded.junit.KafkaExtension} and {@link
 * org.manara.embedded.junit.ElasticsearchExtension} give integration tests one of each.
 */
package org.manara.embedded;
