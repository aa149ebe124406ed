package org.parindex.survey.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    @BeforeAll
    static void plainResponses() {
        HealthCheckResponse.setResponseProvider(Builder::new);
    }

    @AfterEach
    void forget() {
        OutOfMemory.reset();
    }

    @Test
    void livenessIsDownOnceTheJvmHasRunOutOfMemory() {
        assertThat(new ServiceLiveness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        OutOfMemory.recordIfAny(new IllegalStateException(new RuntimeException("other")));
        assertThat(new ServiceLiveness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        OutOfMemory.recordIfAny(new jakarta.servlet.ServletException(new OutOfMemoryError("Java heap space")));
        HealthCheckResponse down = new ServiceLiveness().call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getData()).hasValueSatisfying(d -> assertThat(d).containsKey("outOfMemoryError"));
    }

    @Test
    void readinessIsDownToo() {
        OutOfMemory.recordIfAny(new OutOfMemoryError());
        assertThat(new DatabaseReadiness(null, null, null).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    /** Payara provides the builder at run time; this one is enough for a unit test. */
    static final class Builder extends HealthCheckResponseBuilder {
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.UP;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, data.isEmpty() ? Optional.empty() : Optional.of(data));
        }
    }
}
