package org.manara.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.cli.UserException;

class DemoLockTest {
    @TempDir Path dir;

    @Test
    void aSecondDemoOverTheSameDataFailsWithAClearMessage() throws Exception {
        try (DemoLock first = DemoLock.acquire(dir)) {
            first.describe("API at http://127.0.0.1:8080");
            // FileChannel locks are per JVM: a second acquire in the same JVM overlaps and fails
            // just as another process's would.
            assertThatThrownBy(() -> DemoLock.acquire(dir))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("a demo is already running")
                    .hasMessageContaining("API at http://127.0.0.1:8080");
        }
        try (DemoLock again = DemoLock.acquire(dir)) {
            assertThat(Files.exists(dir.resolve("demo.lock"))).isTrue();
        }
    }

    @Test
    void portsAreKeptAcrossRestarts() {
        DemoPorts first = DemoPorts.loadOrAllocate(dir);
        DemoPorts second = DemoPorts.loadOrAllocate(dir);
        assertThat(second).isEqualTo(first);
        assertThat(first.kafkaBroker()).isNotEqualTo(first.kafkaController());
    }
}
