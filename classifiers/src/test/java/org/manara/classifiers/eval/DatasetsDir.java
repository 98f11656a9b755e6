package org.manara.classifiers.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared datasets folder for integration tests; skips the test when it is absent. */
final class DatasetsDir {
    private DatasetsDir() {}

    static Path require(String folder) {
        String root = System.getProperty("manara.datasets", "../../shared/datasets");
        Path dir = Path.of(root).resolve(folder);
        assumeTrue(
                Files.isDirectory(dir),
                "shared dataset " + dir + " is absent (set -Dmanara.datasets); skipping");
        return dir;
    }
}
