package org.manara.dashboardapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void bodyOfExactlyTheLimitIsReadWhole() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100);

        assertThat(in.readAllBytes()).hasSize(100);
    }

    @Test
    void oneByteOverTheLimitThrows() {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("100 bytes");
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);

        assertThat(in.read()).isZero();
        assertThat(in.read()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void neverPullsMoreThanOneBytePastTheLimitFromTheSource() {
        CountingStream source = new CountingStream(1_000_000);
        InputStream in = new BoundedInputStream(source, 1_000);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(BodyTooLargeException.class);
        assertThat(source.served).isEqualTo(1_001);
    }

    /** An endless-looking source that counts what it hands out. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - served);
            if (n <= 0) {
                return -1;
            }
            served += n;
            return n;
        }
    }
}
