package org.manara.rules.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryCapLedgerTest {
    private static final Instant T = Instant.parse("2026-06-01T10:15:00Z");

    @Test
    void hourWindowResetsOnTheHour() {
        InMemoryCapLedger ledger = new InMemoryCapLedger();
        CapLimit twoAnHour = new CapLimit(2, null);
        assertThat(ledger.tryAcquire("k", twoAnHour, T)).isTrue();
        assertThat(ledger.tryAcquire("k", twoAnHour, T.plusSeconds(60))).isTrue();
        assertThat(ledger.tryAcquire("k", twoAnHour, T.plusSeconds(120))).isFalse();
        assertThat(ledger.used("k", T, false)).isEqualTo(2);
        Instant nextHour = Instant.parse("2026-06-01T11:00:00Z");
        assertThat(ledger.tryAcquire("k", twoAnHour, nextHour)).isTrue();
        assertThat(ledger.used("k", nextHour, false)).isEqualTo(1);
        assertThat(ledger.used("k", nextHour, true)).isEqualTo(3);
    }

    @Test
    void dayLimitHoldsAcrossHours() {
        InMemoryCapLedger ledger = new InMemoryCapLedger();
        CapLimit limit = new CapLimit(10, 3);
        for (int h = 0; h < 3; h++) {
            assertThat(ledger.tryAcquire("k", limit, T.plusSeconds(3600L * h))).isTrue();
        }
        assertThat(ledger.tryAcquire("k", limit, T.plusSeconds(3600L * 4))).isFalse();
        assertThat(ledger.tryAcquire("k", limit, Instant.parse("2026-06-02T00:00:01Z"))).isTrue();
    }

    @Test
    void keysAreIndependentAndZeroMeansNever() {
        InMemoryCapLedger ledger = new InMemoryCapLedger();
        assertThat(ledger.tryAcquire("a", new CapLimit(0, null), T)).isFalse();
        assertThat(ledger.tryAcquire("b", new CapLimit(1, null), T)).isTrue();
        assertThat(ledger.used("a", T, false)).isZero();
    }

    @Test
    void neverGrantsMoreThanTheLimitUnderContention() throws Exception {
        InMemoryCapLedger ledger = new InMemoryCapLedger();
        CapLimit limit = new CapLimit(500, null);
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2000; i++) {
            pool.submit(
                    () -> {
                        if (ledger.tryAcquire("k", limit, T)) {
                            granted.incrementAndGet();
                        }
                    });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(granted.get()).isEqualTo(500);
    }
}
