package io.gatehouse.http.boundary;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past its limit: the read that would pass it throws the 413 problem, so
 * the rest of an oversize body is never read into memory, whichever reader asked.
 */
final class LimitedInputStream extends FilterInputStream {

    private final int limit;
    private long count;

    LimitedInputStream(InputStream body, int limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int wanted = (int) Math.min(length, limit - count + 1);
        int n = super.read(buffer, offset, wanted);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw BodyLimitFeature.tooLarge(limit);
        }
    }
}
