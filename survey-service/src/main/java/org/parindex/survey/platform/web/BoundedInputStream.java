package org.parindex.survey.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import org.parindex.survey.problem.TooLargeException;

/**
 * A request body that may be read up to {@code limit} bytes: the first byte beyond throws {@link
 * TooLargeException} (413) and calls {@code onExceeded}, so a body without a (truthful) Content-Length is refused
 * as soon as it passes the limit, never held whole.
 */
final class BoundedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private final Runnable onExceeded;
    private long count;

    BoundedInputStream(ServletInputStream in, long limit, Runnable onExceeded) {
        this.in = in;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // never ask for more than one byte past the limit, so that the refusal comes before the buffer fills
        long room = limit - count + 1;
        int n = in.read(buffer, offset, (int) Math.max(1, Math.min(length, room)));
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) {
        count += n;
        if (count > limit) {
            onExceeded.run();
            throw TooLargeException.body(limit);
        }
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
