package org.manara.embedded.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.manara.embedded.elasticsearch.EmbeddedElasticsearch;

/**
 * Gives a test class a real Elasticsearch node.
 *
 * <pre>
 * &#64;RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();
 * ...
 * RestClient.builder(HttpHost.create(ES.httpUrl()))
 * String index = ES.uniqueIndex("posts");
 * </pre>
 *
 * {@code new ElasticsearchExtension()} shares one node among every test class in the JVM (started
 * on first use, stopped when the test run ends); {@link #perClass()} starts a node for the class
 * and stops it after the class. Use {@link #uniqueIndex} so tests do not see each other's
 * documents.
 */
public final class ElasticsearchExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final SharedOrOwned<EmbeddedElasticsearch> node;

    /** One node per JVM, shared by every class that registers a shared ElasticsearchExtension. */
    public ElasticsearchExtension() {
        this(true);
    }

    private ElasticsearchExtension(boolean shared) {
        this.node = new SharedOrOwned<>("Elasticsearch", shared, EmbeddedElasticsearch::start);
    }

    /** A node of the class's own, stopped after the class. */
    public static ElasticsearchExtension perClass() {
        return new ElasticsearchExtension(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        node.acquire(context, EmbeddedElasticsearch.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        node.acquire(context, EmbeddedElasticsearch.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        node.release(context);
    }

    /** The node; valid from beforeAll on. */
    public EmbeddedElasticsearch elasticsearch() {
        return node.get();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String httpUrl() {
        return elasticsearch().httpUrl();
    }

    /** The bound HTTP port. */
    public int httpPort() {
        return elasticsearch().httpPort();
    }

    /** A lower-case index name no other test uses (nothing is created). */
    public String uniqueIndex(String prefix) {
        return UniqueNames.index(prefix);
    }
}
