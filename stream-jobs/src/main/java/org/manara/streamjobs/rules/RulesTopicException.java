package org.manara.streamjobs.rules;

/** Publishing a rule set failed: Kafka unreachable, the topic unusable, or the write refused. */
public final class RulesTopicException extends RuntimeException {
    public RulesTopicException(String message, Throwable cause) {
        super(message, cause);
    }

    public RulesTopicException(String message) {
        super(message);
    }
}
