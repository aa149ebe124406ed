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
 * Runs the built WAR the way {@code run.sh} does, as a Payara Micro process on a free port, and restarts it on the
 * same data folder: the data is still there, the migrations ran once, and the demo campaign was made once. A
 * third start, with the demo turned off through an environment variable, on an empty folder, has no campaign.
 */
class RestartIT {

    private static final Duration BOOT = Duration.ofSeconds(300);

    private final Path root = Path.of(System.getProperty("it.data.root"), "restart");

    @Test
    void aRestartKeepsTheDataAndRunsMigrationsAndTheDemoOnce() throws Exception {
        Path data = root.resolve("data");
        long respondentId;
        try (Server first = Server.start(root.resolve("run-1.log"), data, Map.of())) {
            assertThat(first.log()).containsPattern("\\([1-9][0-9]* migration\\(s\\) applied now\\)")
                    .contains("Created demo campaign");
            Api api = first.api();
            long demo = api.demoId();
            Answer added = api.post("api/campaigns/" + demo + "/respondents", """
                    {"fullName":"Nguyễn Thị Bền Vững","email":"ben.vung@example.invalid","group":"HDND_TINH"}""");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            respondentId = added.json().getJsonNumber("id").longValue();
        }
        try (Server second = Server.start(root.resolve("run-2.log"), data, Map.of())) {
            assertThat(second.log()).contains("(0 migration(s) applied now)",
                    "Demo campaign not created: the database already has campaigns");
            Api api = second.api();
            assertThat(api.get("api/campaigns").json().getInt("total")).isEqualTo(1);
            long demo = api.demoId();
            JsonObject kept = api.get("api/campaigns/" + demo + "/respondents/" + respondentId).json();
            assertThat(kept.getString("fullName")).isEqualTo("Nguyễn Thị Bền Vững");
            assertThat(api.get("api/campaigns/" + demo).json().getInt("registered")).isEqualTo(511);
        }
    }

    @Test
    void theDemoIsOffByConfiguration() throws Exception {
        try (Server server = Server.start(root.resolve("no-demo.log"), root.resolve("no-demo"),
                Map.of("SURVEY_DEMO_ENABLED", "false"))) {
            assertThat(server.log()).contains("Demo campaign disabled");
            assertThat(server.api().get("api/campaigns").json().getInt("total")).isZero();
            assertThat(server.api().get("/health/ready").status()).isEqualTo(200);
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
                    "--rootdir", data.resolve("payara").toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
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

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
