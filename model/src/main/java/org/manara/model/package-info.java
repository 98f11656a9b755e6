/**
 * The shared vocabulary of Manara: posts, the scores they receive and the verdicts rules reach,
 * their JSON mapping (snake_case fields) and validation, and the registry of topic and index names.
 * Nothing here depends on Flink, Kafka or Elasticsearch.
 */
package org.manara.model;
