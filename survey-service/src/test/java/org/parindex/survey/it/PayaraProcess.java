package org.parindex.survey.it;

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

/**
 * The built WAR run the way {@code run.sh} runs it, as a Payara Micro process on a free port with its own data
 * folder and database ({@link TestDatabase}), for tests that must stop the service and look at what it left: the
 * restart test, the anonymity attacks that read the database files, the database fault test, and the cluster
 * test ({@link #launch} with a cluster's options, {@link #kill}).
 */
final class PayaraProcess implements AutoCloseable {

    private static final Duration BOOT = Duration.ofSeconds(300);

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts Payara Micro and waits until the API answers.
     *
     * @param log       the console log file (Payara's runtime folder goes beside it)
     * @param data      the data folder
     * @param database  the database to use
     * @param env       extra environment variables
     * @param options   extra JVM options, e.g. {@code -Dsurvey.anonymity.batch-size=3}
     */
    static PayaraProcess start(Path log, Path data, TestDatabase database, Map<String, String> env,
                               List<String> options) throws IOException {
        PayaraProcess server = launch(log, data, database, env, options, freePort(), List.of("--nocluster"));
        server.awaitReady();
        return server;
    }

    /**
     * Starts Payara Micro without waiting for it ({@link #awaitReady()}): for instances that must start together.
     *
     * @param port           its HTTP port
     * @param payaraOptions  Payara Micro's own options in place of {@code --nocluster}, e.g. a cluster's
     */
    static PayaraProcess launch(Path log, Path data, TestDatabase database, Map<String, String> env,
                                List<String> options, int port, List<String> payaraOptions) throws IOException {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                // the quick compiler only: a test server lives for minutes and is ready ~4 s sooner of ~15
                "-XX:TieredStopAtLevel=1",
                "-Dsurvey.data.dir=" + data, "-Dderby.stream.error.file=" + data.resolve("derby.log")));
        command.addAll(database.jvmOptions());
        command.addAll(options);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("war.file"), "--contextroot", "/",
                "--port", String.valueOf(port)));
        command.addAll(payaraOptions);
        command.addAll(List.of("--disablephonehome",
                "--rootdir", log.resolveSibling(log.getFileName() + ".payara").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("PARINDEX_ADMIN_PASSWORD", Api.PASSWORD); // the first admin, the Api's login
        return new PayaraProcess(pb.start(), log, port);
    }

    Api api() {
        return new Api(URI.create("http://localhost:" + port + "/"));
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Waits until the API answers (at most five minutes). */
    void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(BOOT);
        Api api = api();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + tail());
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
        close();
        throw new IllegalStateException("not ready within " + BOOT + ":\n" + tail());
    }

    private String tail() throws IOException {
        String all = log();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills Payara Micro at once (SIGKILL: no shutdown hook, nothing finished or rolled back by the JVM). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
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
