package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * Runs the built WAR the way {@code run.sh} does, as a Payara Micro process on a free port, twice on one data
 * folder: first with the demo turned off through an environment variable (the empty database stays empty), then
 * with the demo on (it is not made into a database that has campaigns); the data is kept and the migrations run
 * once. That the demo is made on a first start with an empty database, the Arquillian tests show.
 */
class RestartIT {

    private static final Duration BOOT = Duration.ofSeconds(300);

    private final Path root = Path.of(System.getProperty("it.data.root"), "restart");

    @Test
    void withTheDemoOffAnEmptyDatabaseStaysEmptyAndARestartKeepsTheDataAndMigratesOnce() throws Exception {
        Path data = root.resolve("data");
        long campaign;
        long respondentId;
        try (Server first = Server.start(root.resolve("run-1.log"), data, Map.of("SURVEY_DEMO_ENABLED", "false"))) {
            assertThat(first.log()).containsPattern("\\([1-9][0-9]* migration\\(s\\) applied now\\)")
                    .contains("Demo campaign disabled");
            Api api = first.api();
            assertThat(api.get("api/campaigns").json().getInt("total")).isZero();
            Answer created = api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"Bền vững\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            campaign = created.json().getJsonNumber("id").longValue();
            Answer added = api.post("api/campaigns/" + campaign + "/respondents", """
                    {"fullName":"Nguyễn Thị Bền Vững","email":"ben.vung@example.invalid","group":"HDND_TINH"}""");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            respondentId = added.json().getJsonNumber("id").longValue();
        }
        try (Server second = Server.start(root.resolve("run-2.log"), data, Map.of("SURVEY_DEMO_ENABLED", "true"))) {
            assertThat(second.log()).contains("(0 migration(s) applied now)",
                    "Demo campaign not created: the database already has campaigns");
            assertThat(second.log().split("Migrating database", -1)).as("the WAR is deployed once").hasSize(2);
            Api api = second.api();
            assertThat(api.get("api/campaigns").json().getInt("total")).isEqualTo(1);
            JsonObject kept = api.get("api/campaigns/" + campaign + "/respondents/" + respondentId).json();
            assertThat(kept.getString("fullName")).isEqualTo("Nguyễn Thị Bền Vững");
            JsonObject c = api.get("api/campaigns/" + campaign).json();
            assertThat(c.getString("name")).isEqualTo("Bền vững");
            assertThat(c.getInt("registered")).isEqualTo(1);
            assertThat(api.get("api/campaigns/" + campaign + "/units").json().getInt("total")).isEqualTo(265);
        }
    }

    /** Payara Micro with the WAR at context root {@code /}, as run.sh starts it. */
    private static final class Server implements AutoCloseable {

        private final Process process;
        private final Path log;
        private final int port;

        private Server(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        static Server start(Path log, Path data, Map<String, String> env) throws IOException {
            Files.createDirectories(data);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-Dsurvey.data.dir=" + data, "-Dderby.stream.error.file=" + data.resolve("derby.log"),
                    "-jar", System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("war.file"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                    "--rootdir", log.resolveSibling(log.getFileName() + ".payara").toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            pb.environment().put("PARINDEX_ADMIN_PASSWORD", Api.PASSWORD); // the first admin, the Api's login
            Server server = new Server(pb.start(), log, port);
            server.awaitReady();
            return server;
        }

        Api api() {
            return new Api(URI.create("http://localhost:" + port + "/"));
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        private void awaitReady() throws IOException {
            Instant deadline = Instant.now().plus(BOOT);
            Api api = api();
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n"
                            + tail());
                }
                try {
                    // Ready (database migrated) and the API deployed: health answers a moment before JAX-RS does.
                    if (api.get("/health/ready").status() == 200 && api.get("api/sample-plans").status() == 200) {
                        return;
                    }
                } catch (java.io.UncheckedIOException notYet) {
                    // not listening yet
                }
                try {
                    process.waitFor(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("not ready within " + BOOT + ":\n" + tail());
        }

        private String tail() throws IOException {
            String all = log();
            return all.substring(Math.max(0, all.length() - 4000));
        }

        /** Stops Payara Micro (SIGTERM, then SIGKILL after a minute) and waits for it. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
