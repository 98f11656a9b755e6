package org.manara.embedded.junit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The life cycle both extensions share: either one server per JVM, kept in the root store (JUnit
 * closes AutoCloseable values there when the whole run ends), or one per test class, started in
 * beforeAll and closed in the matching afterAll.
 */
final class SharedOrOwned<T extends AutoCloseable> {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create("org.manara.embedded");

    private final String what;
    private final boolean shared;
    private final Supplier<T> starter;
    private volatile T server;
    private String ownerId;

    SharedOrOwned(String what, boolean shared, Supplier<T> starter) {
        this.what = what;
        this.shared = shared;
        this.starter = starter;
    }

    synchronized void acquire(ExtensionContext context, Class<T> type) {
        if (server != null) {
            return;
        }
        if (shared) {
            server =
                    context.getRoot()
                            .getStore(NAMESPACE)
                            .getOrComputeIfAbsent(type.getName(), key -> starter.get(), type);
        } else {
            server = starter.get();
            ownerId = context.getUniqueId();
        }
    }

    synchronized void release(ExtensionContext context) throws Exception {
        if (!shared && server != null && context.getUniqueId().equals(ownerId)) {
            T owned = server;
            server = null;
            ownerId = null;
            owned.close();
        }
    }

    T get() {
        T current = server;
        if (current == null) {
            throw new IllegalStateException(
                    what
                            + " is not started: register the extension on a static field with"
                            + " @RegisterExtension and use it from tests or @BeforeAll/@BeforeEach");
        }
        return current;
    }
}
