package org.manara.embedded.junit;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.manara.embedded.kafka.EmbeddedKafka;

/**
 * Gives a test class a real Kafka broker.
 *
 * <pre>
 * &#64;RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
 * ...
 * String topic = KAFKA.createTopic("posts", 3);
 * props.put("bootstrap.servers", KAFKA.bootstrapServers());
 * </pre>
 *
 * {@code new KafkaExtension()} shares one broker among every test class in the JVM (started on
 * first use, stopped when the test run ends); {@link #perClass()} starts a broker for the class and
 * stops it after the class. Use unique topic names ({@link #uniqueTopic}, {@link
 * #createTopic(String, int)}) so classes and parallel tests do not see each other's records.
 */
public final class KafkaExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final SharedOrOwned<EmbeddedKafka> broker;

    /** One broker per JVM, shared by every class that registers a shared KafkaExtension. */
    public KafkaExtension() {
        this(true);
    }

    private KafkaExtension(boolean shared) {
        this.broker = new SharedOrOwned<>("Kafka", shared, EmbeddedKafka::start);
    }

    /** A broker of the class's own, stopped after the class (for tests that stop or break it). */
    public static KafkaExtension perClass() {
        return new KafkaExtension(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        broker.acquire(context, EmbeddedKafka.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        broker.acquire(context, EmbeddedKafka.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        broker.release(context);
    }

    /** The broker; valid from beforeAll on. */
    public EmbeddedKafka kafka() {
        return broker.get();
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** {@code bootstrap.servers} in a fresh mutable map, to add client settings to. */
    public Map<String, Object> clientProperties() {
        return kafka().clientProperties();
    }

    /** A topic name no other test uses (nothing is created). */
    public String uniqueTopic(String prefix) {
        return UniqueNames.topic(prefix);
    }

    /** Creates a topic with a unique name derived from {@code prefix} and returns the name. */
    public String createTopic(String prefix, int partitions) {
        String name = uniqueTopic(prefix);
        kafka().createTopic(name, partitions);
        return name;
    }

    /** Creates a compacted topic with a unique name derived from {@code prefix}. */
    public String createCompactedTopic(String prefix, int partitions) {
        String name = uniqueTopic(prefix);
        kafka().createCompactedTopic(name, partitions);
        return name;
    }
}
