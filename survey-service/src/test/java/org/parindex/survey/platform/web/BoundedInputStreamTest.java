package org.parindex.survey.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.TooLargeException;

class BoundedInputStreamTest {

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        BoundedInputStream in = new BoundedInputStream(body(1024), 1024, () -> { });
        assertThat(in.readAllBytes()).hasSize(1024);
        assertThat(in.count()).isEqualTo(1024);
    }

    @Test
    void refusesTheFirstByteBeyondTheLimitAndReadsNoFurther() {
        AtomicBoolean exceeded = new AtomicBoolean();
        CountingBody source = body(100 * 1024 * 1024);
        BoundedInputStream in = new BoundedInputStream(source, 1024 * 1024, () -> exceeded.set(true));
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(TooLargeException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.getMessage()).contains("1 MB").contains("1048576");
        });
        assertThat(exceeded).isTrue();
        assertThat(source.consumed()).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void countsSingleByteReadsToo() throws IOException {
        BoundedInputStream in = new BoundedInputStream(body(10), 3, () -> { });
        in.read();
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(TooLargeException.class).hasMessageContaining("3 byte");
    }

    @Test
    void limitsPerPath() {
        BodyLimits limits = new BodyLimits(10L << 20, 1L << 20);
        assertThat(limits.forPath("/api/campaigns/1/units/import")).isEqualTo(10L << 20);
        assertThat(limits.forPath("/q/api/abc/submission")).isEqualTo(1L << 20);
        assertThat(limits.forPath("/admin/login")).isEqualTo(1L << 20);
        assertThat(limits.forPath("/apiary")).isEqualTo(1L << 20);
    }

    private static CountingBody body(int size) {
        return new CountingBody(size);
    }

    /** A body of {@code size} zero bytes that counts what was taken from it, without holding it. */
    static final class CountingBody extends ServletInputStream {
        private final long size;
        private long consumed;

        CountingBody(long size) {
            this.size = size;
        }

        long consumed() {
            return consumed;
        }

        @Override
        public int read() {
            if (consumed >= size) {
                return -1;
            }
            consumed++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (consumed >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - consumed);
            consumed += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return consumed >= size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }

}
