package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void busyAndServerErrorsAreRetryableClientErrorsAreNot() {
        assertThat(Failures.retryableStatus(429)).isTrue();
        assertThat(Failures.retryableStatus(408)).isTrue();
        assertThat(Failures.retryableStatus(500)).isTrue();
        assertThat(Failures.retryableStatus(503)).isTrue();
        assertThat(Failures.retryableStatus(400)).isFalse();
        assertThat(Failures.retryableStatus(401)).isFalse();
        assertThat(Failures.retryableStatus(403)).isFalse();
        assertThat(Failures.retryableStatus(404)).isFalse();
        assertThat(Failures.retryableStatus(409)).isFalse();
    }

    @Test
    void connectionErrorsAreRetryableEvenWhenWrapped() {
        assertThat(Failures.retryable(new ConnectException("refused"))).isTrue();
        assertThat(Failures.retryable(new CompletionException(new SocketTimeoutException("slow"))))
                .isTrue();
        assertThat(Failures.statusOf(new IOException("reset"))).isEqualTo(-1);
    }

    @Test
    void statusesAreReadFromClientExceptions() {
        assertThat(Failures.statusOf(ElasticsearchSinkWriterTest.status(429))).isEqualTo(429);
        assertThat(
                        Failures.retryable(
                                new CompletionException(ElasticsearchSinkWriterTest.status(429))))
                .isTrue();
        assertThat(Failures.retryable(ElasticsearchSinkWriterTest.status(403))).isFalse();
    }

    @Test
    void programmingErrorsAreNotRetried() {
        assertThat(Failures.retryable(new IllegalStateException("bug"))).isFalse();
    }
}
