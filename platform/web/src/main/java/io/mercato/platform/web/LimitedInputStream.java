package io.mercato.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read and fails past the limit, for bodies sent without (or with a false) Content-Length. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            advance(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            advance(read);
        }
        return read;
    }

    /**
     * Reads a refused body away (up to 16 MiB) before answering: a client still sending would otherwise see the
     * connection reset instead of the 413.
     */
    static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = 16L * 1024 * 1024;
        for (int read; left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
            left -= read;
        }
    }

    private void advance(long read) throws IOException {
        count += read;
        if (count > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }
}
