package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * The database goes away under a running service and comes back (Maven profile {@code cluster}: the test stops and
 * restarts its PostgreSQL server with {@code pg-test.sh}). While it is gone, every request that needs it fails fast
 * with 503, {@code Retry-After} and a problem saying the database is unavailable (the secretariat's API through the
 * login, the link check, the questionnaire, a change), readiness is DOWN and liveness UP; once it is back, the
 * service works again by itself, without a restart.
 */
class DatabaseFaultIT {

    private static final Duration FAST = Duration.ofSeconds(5);

    private final Path root = Path.of(System.getProperty("it.data.root"), "database-fault");

    @Test
    void withTheDatabaseStoppedRequestsFailFastWith503AndTheServiceRecoversByItself() throws Exception {
        assertThat(TestDatabase.postgresql()).as("needs a PostgreSQL server it can stop (profile cluster)").isTrue();
        TestDatabase db = TestDatabase.fresh("fault", root.resolve("data"));
        int port = Integer.getInteger("it.cluster.http.port", 28000) + 10;
        try (PayaraProcess server = PayaraProcess.launch(root.resolve("run.log"), root.resolve("data"), db,
                Map.of("SURVEY_DEMO_ENABLED", "false"), List.of(), port, List.of("--nocluster"))) {
            server.awaitReady();
            Api api = server.api();
            long campaign = api.newCampaign("Sự cố cơ sở dữ liệu", false);
            assertThat(api.get("api/campaigns/" + campaign).status()).isEqualTo(200);

            pg("stop");
            Duration slowest = Duration.ZERO;
            try {
                for (Map.Entry<String, Supplier<Answer>> request : Map.<String, Supplier<Answer>>of(
                        "the API (login and read)", () -> api.get("api/campaigns/" + campaign),
                        "a change", () -> api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"X\"}"),
                        "the link check", () -> api.anonymous().get("link/AAAAA-BBBBB"),
                        "the questionnaire", () -> api.anonymous().get("q/api/" + "A".repeat(32))).entrySet()) {
                    for (int i = 0; i < 3; i++) {
                        Instant start = Instant.now();
                        Answer a = request.getValue().get();
                        Duration took = Duration.between(start, Instant.now());
                        assertThat(took).as(request.getKey() + " failed fast").isLessThan(FAST);
                        slowest = took.compareTo(slowest) > 0 ? took : slowest;
                        assertThat(a.problem(503).getString("type")).as(request.getKey())
                                .isEqualTo("urn:parindex:problem:database-unavailable");
                        assertThat(a.json().getString("title")).contains("Database unavailable");
                        assertThat(a.retryAfter()).as(request.getKey()).contains("10");
                    }
                }
                Instant start = Instant.now();
                Answer ready = api.anonymous().get("health/ready");
                Duration readyTook = Duration.between(start, Instant.now());
                assertThat(readyTook).as("readiness answers fast").isLessThan(FAST);
                assertThat(ready.status()).as(ready.body()).isEqualTo(503);
                assertThat(ready.body()).contains("DOWN");
                assertThat(api.anonymous().get("health/live").status()).as("alive: no restart wanted").isEqualTo(200);
                System.out.println("DatabaseFaultIT: database stopped: slowest 503 " + slowest.toMillis()
                        + " ms, readiness DOWN in " + readyTook.toMillis() + " ms");
            } finally {
                pg("resume");
            }

            Instant back = Instant.now();
            await(Duration.ofSeconds(60), () -> api.anonymous().get("health/ready").status() == 200);
            await(Duration.ofSeconds(30), () -> api.get("api/campaigns/" + campaign).status() == 200);
            System.out.println("DatabaseFaultIT: ready again " + Duration.between(back, Instant.now()).toMillis()
                    + " ms after the database came back");
            JsonObject kept = api.get("api/campaigns/" + campaign).json();
            assertThat(kept.getString("name")).isEqualTo("Sự cố cơ sở dữ liệu");
            assertThat(api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"Sau sự cố\"}")
                    .status()).as("writes work again").isEqualTo(201);
            assertThat(server.log()).doesNotContain("Incident ");
        }
    }

    /** Stops or resumes the test's PostgreSQL server. */
    private static void pg(String command) throws IOException, InterruptedException {
        List<String> args = command.equals("stop")
                ? List.of(System.getProperty("it.pg.script"), "stop", System.getProperty("it.pg.dir"))
                : List.of(System.getProperty("it.pg.script"), "resume", System.getProperty("it.pg.dir"),
                        System.getProperty("it.pg.port"));
        Path log = Path.of(System.getProperty("it.data.root"), "database-fault", "pg-" + command + ".log");
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pg-test.sh " + command).isZero();
    }

    private static void await(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // keep polling
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the service did not recover within " + timeout);
            }
            Thread.sleep(250);
        }
    }
}
