package org.manara.dashboardapi.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes through at most {@code limit} bytes and throws {@link BodyTooLargeException} as soon as
 * the source has more, so an oversized body is refused after reading at most one byte past the
 * limit instead of being buffered whole.
 */
public final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Ask for one byte past the limit at most: enough to notice an oversized body.
        long allowed = limit - count + 1;
        int n = super.read(b, off, (int) Math.min(len, allowed));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
