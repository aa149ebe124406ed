package org.parindex.survey.platform.health;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Remembers that the JVM has thrown an {@link OutOfMemoryError} (seen by the request filter and the JAX-RS
 * fallback mapper): after one, threads of the server may have died, so liveness and readiness say DOWN until the
 * process is restarted. {@code run.sh} also starts the JVM with {@code -XX:+ExitOnOutOfMemoryError}.
 */
public final class OutOfMemory {

    private static final AtomicReference<Instant> FIRST = new AtomicReference<>();
    private static final Logger LOG = Logger.getLogger(OutOfMemory.class.getName());

    private OutOfMemory() {
    }

    /** Records {@code error} if it is, or is caused by, an {@link OutOfMemoryError}. */
    public static void recordIfAny(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                if (FIRST.compareAndSet(null, Instant.now())) {
                    LOG.severe("OutOfMemoryError: /health/live and /health/ready now say DOWN; restart the service");
                }
                return;
            }
        }
    }

    /** When the first one happened, or null. */
    public static Instant since() {
        return FIRST.get();
    }

    /** Forgets (tests only). */
    static void reset() {
        FIRST.set(null);
    }
}
