package org.parindex.survey.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has some heap to spare: a process that is out of memory should be restarted, a slow
 * database should not (that is what readiness is for).
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
        return HealthCheckResponse.named("survey-service")
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", rt.maxMemory() / (1024 * 1024))
                .status(share < MAX_HEAP_USE)
                .build();
    }
}
