/**
 * Rules in the job with hot reload: rule sets published to the compacted Kafka topic {@code rules}
 * ({@link org.manara.streamjobs.rules.RulesTopic}) reach every parallel instance of the rules
 * operator through broadcast state ({@link org.manara.streamjobs.rules.ApplyRules}), which swaps
 * them in without a restart and refuses invalid ones.
 */
package org.manara.streamjobs.rules;
