package org.manara.embedded.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DirectoriesTest {
    @Test
    void deletesANestedTree() throws IOException {
        Path dir = Directories.createTemp("directories-test-");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/f.txt"), "x");

        assertThat(Directories.deleteQuietly(dir)).isTrue();
        assertThat(dir).doesNotExist();
        assertThat(Directories.deleteQuietly(dir)).isTrue();
    }
}
