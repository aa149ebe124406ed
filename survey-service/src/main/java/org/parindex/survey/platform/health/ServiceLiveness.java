package org.parindex.survey.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has some heap to spare and has never thrown an {@link OutOfMemoryError} ({@link
 * OutOfMemory}): a process that is or was out of memory should be restarted, a slow database should not (that is
 * what readiness is for).
 */
@Liveness
@ApplicationScoped
public class ServiceLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double share = (double) used / rt.maxMemory();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("survey-service")
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", rt.maxMemory() / (1024 * 1024));
        if (OutOfMemory.since() != null) {
            return response.withData("outOfMemoryError", OutOfMemory.since().toString()).down().build();
        }
        return response.status(share < MAX_HEAP_USE).build();
    }
}
