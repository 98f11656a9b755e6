package org.manara.dashboardapi.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A document packaged into the jar at build time, read once at startup (fails fast if absent). */
final class ClasspathDocument {

    static byte[] load(String location) {
        try (InputStream in = ClasspathDocument.class.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(
                        location + " is missing from the classpath; build the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ClasspathDocument() {}
}
