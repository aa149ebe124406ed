package org.parindex.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of issue 12 (closed-loop clients on loopback, java.net.http). Modes:
 * <ul>
 *   <li>{@code setup BASE N TOKENS}: as the demo admin, opens the demo campaign, imports N delegates into group
 *       HDND_TINH, invites the group and writes every HDND_TINH link token to the file TOKENS;</li>
 *   <li>{@code prefill JDBC_URL TABLE ROWS CAMPAIGN}: writes ROWS synthetic answer rows (random UUID ids, shaped
 *       like survey_answer) with JDBC batches, for "≥ 2 million answers already stored";</li>
 *   <li>{@code run BASE BARE_URL TOKENS SECONDS CLIENTS[,CLIENTS…] ROUNDS}: warms up, then for each client count
 *       runs ParIndex full submissions and the bare baseline alternately (ROUNDS times), then the respondent's whole
 *       path (page, questionnaire, 3 autosaves, submit) at the same counts; prints throughput, p50/p95/p99, errors
 *       and the ratios;</li>
 *   <li>{@code invitations BASE N SMTP_PORT}: the invitation benchmark ({@link InviteBench}): N respondents
 *       imported and invited with mail, the invite call timed, then delivery to GreenMail until all are SENT.</li>
 * </ul>
 */
public final class LoadTest {

    static final String GROUP = "HDND_TINH";
    static final PrintStream OUT = System.out;
    static String admin = "admin:parindex-demo";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "setup" -> setup(URI.create(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "invitations" -> InviteBench.run(URI.create(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]));
            case "prefill" -> prefill(args[1], args[2], Long.parseLong(args[3]), Long.parseLong(args[4]));
            case "run" -> run(URI.create(args[1]), URI.create(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(args[6]));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LoadTest setup BASE N TOKENS | prefill JDBC_URL TABLE ROWS CAMPAIGN"
                + " | run BASE BARE_URL TOKENS SECONDS CLIENTS ROUNDS | invitations BASE N SMTP_PORT");
        System.exit(2);
    }

    // ---------------------------------------------------------------- HTTP

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.timeout(Duration.ofSeconds(300)).build(), BodyHandlers.ofString());
    }

    static HttpRequest.Builder admin(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpClient adminSession;

    /**
     * A client logged in once as the admin, for reads repeated while something is measured (the backlog and drain
     * polls, the invitations' progress): HTTP Basic would hash the password (PBKDF2) on every poll, on the CPU the
     * measured server shares.
     */
    static synchronized HttpClient adminSession(URI base) throws IOException, InterruptedException {
        if (adminSession == null) {
            HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String[] up = admin.split(":", 2);
            HttpResponse<Void> r = session.send(HttpRequest.newBuilder(base.resolve("admin/login")).header(
                    "Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("username="
                    + URLEncoder.encode(up[0], StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(up[1], StandardCharsets.UTF_8))).build(), BodyHandlers.discarding());
            if (r.statusCode() >= 400) {
                throw new IllegalStateException("admin login → " + r.statusCode());
            }
            adminSession = session;
        }
        return adminSession;
    }

    /** GET {@code path} as the admin, through {@link #adminSession}; the body of a 2xx answer. */
    static String adminGet(URI base, String path) throws IOException, InterruptedException {
        return ok(adminSession(base).send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(300))
                .build(), BodyHandlers.ofString()));
    }

    static String ok(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " → " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(400, r.body().length())));
        }
        return r.body();
    }

    static HttpRequest.BodyPublisher json(String body) {
        return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- setup

    static long campaign(URI base) throws Exception {
        Map<String, Object> list = Json.obj(Json.parse(adminGet(base, "api/campaigns")));
        return (Long) Json.obj(Json.arr(list.get("items")).get(0)).get("id");
    }

    static void setup(URI base, int delegates, Path tokens) throws Exception {
        long t0 = System.nanoTime();
        long id = campaign(base);
        Map<String, Object> c = Json.obj(Json.parse(ok(send(admin(base, "api/campaigns/" + id)))));
        if (!"OPEN".equals(c.get("status"))) {
            ok(send(admin(base, "api/campaigns/" + id + "/status").header("Content-Type", "application/json")
                    .POST(json("{\"status\":\"OPEN\"}"))));
        }
        StringBuilder csv = new StringBuilder("full_name,email,group\n");
        for (int i = 1; i <= delegates; i++) {
            csv.append("Đại biểu ").append(i).append(",daibieu").append(i).append("@example.invalid,")
                    .append(GROUP).append('\n');
        }
        ok(send(admin(base, "api/campaigns/" + id + "/respondents/import").header("Content-Type", "text/csv")
                .POST(json(csv.toString()))));
        ok(send(admin(base, "api/campaigns/" + id + "/invitations").header("Content-Type", "application/json")
                .POST(json("{\"group\":\"" + GROUP + "\",\"sendMail\":false}"))));
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> p = Json.obj(Json.parse(ok(send(admin(base, "api/campaigns/" + id
                    + "/respondents?group=" + GROUP + "&size=500&page=" + page)))));
            List<Object> items = Json.arr(p.get("items"));
            items.forEach(o -> ids.add((Long) Json.obj(o).get("id")));
            if (items.isEmpty() || ids.size() >= (Long) p.get("total")) {
                break;
            }
        }
        // The link reads (audited) by a logged-in session: Basic would hash the password on every request.
        HttpClient session = adminSession(base);
        String[] out = new String[ids.size()];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int k = i;
            fs.add(pool.submit(() -> {
                HttpResponse<String> r = session.send(HttpRequest.newBuilder(base.resolve("api/campaigns/" + id
                        + "/invitations/" + ids.get(k) + "/link")).build(), BodyHandlers.ofString());
                String link = (String) Json.obj(Json.parse(ok(r))).get("link");
                out[k] = link.substring(link.lastIndexOf('/') + 1);
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        List<String> list = new ArrayList<>(Arrays.asList(out));
        Collections.shuffle(list);
        Files.write(tokens, list);
        OUT.printf(Locale.ROOT, "setup: campaign %d open, %d delegates imported, %d tokens of %s in %s (%.0f s)%n",
                id, delegates, list.size(), GROUP, tokens, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- prefill

    static void prefill(String url, String table, long rows, long campaign) throws Exception {
        long t0 = System.nanoTime();
        String[] options = {"1", "2", "3", "4", "KB"};
        try (Connection c = DriverManager.getConnection(url, System.getenv("PREFILL_DB_USER"),
                System.getenv("PREFILL_DB_PASSWORD"))) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, campaign_id, group_code,"
                    + " questionnaire_code, question_code, criterion_code, unit_code, option_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                Map<List<String>, Long> tally = new HashMap<>();
                for (long n = 1; n <= rows; n++) {
                    int q = r.nextInt(30);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setLong(2, campaign);
                    ps.setString(3, GROUP);
                    ps.setString(4, "PREFILL_FORM");
                    ps.setString(5, "Q" + q);
                    ps.setString(6, "C" + q);
                    String unit = "UNIT_" + r.nextInt(265);
                    String option = options[r.nextInt(options.length)];
                    ps.setString(7, unit);
                    ps.setString(8, option);
                    tally.merge(List.of(unit, "C" + q, option), 1L, Long::sum);
                    ps.addBatch();
                    if (n % 2000 == 0 || n == rows) {
                        ps.executeBatch();
                    }
                    if (n % 20000 == 0 || n == rows) {
                        c.commit();
                    }
                    if (n % 500000 == 0) {
                        OUT.printf(Locale.ROOT, "prefill %s: %d rows (%.0f s)%n", table, n,
                                (System.nanoTime() - t0) / 1e9);
                    }
                }
                if ("survey_answer".equals(table)) { // the service's tally of them (V70), kept by its mixer
                    try (PreparedStatement t = c.prepareStatement("INSERT INTO answer_tally (campaign_id, unit_code,"
                            + " criterion_code, group_code, option_code, answers) VALUES (?, ?, ?, ?, ?, ?)")) {
                        for (Map.Entry<List<String>, Long> e : tally.entrySet()) {
                            t.setLong(1, campaign);
                            t.setString(2, e.getKey().get(0));
                            t.setString(3, e.getKey().get(1));
                            t.setString(4, GROUP);
                            t.setString(5, e.getKey().get(2));
                            t.setLong(6, e.getValue());
                            t.addBatch();
                        }
                        t.executeBatch();
                    }
                }
            }
            c.commit();
        }
        OUT.printf(Locale.ROOT, "prefill %s: %d rows in %.0f s%n", table, rows, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- run

    /** The cells of a sheet: form, question, unit and the options of the question. */
    record Cell(String form, String question, String unit, List<String> options) {
    }

    static List<Cell> cells(String page) {
        List<Cell> cells = new ArrayList<>();
        for (Object f : Json.arr(Json.obj(Json.parse(page)).get("forms"))) {
            Map<String, Object> form = Json.obj(f);
            for (Object s : Json.arr(form.get("sections"))) {
                for (Object q : Json.arr(Json.obj(s).get("questions"))) {
                    Map<String, Object> question = Json.obj(q);
                    List<String> options = Json.arr(question.get("options")).stream()
                            .map(o -> (String) Json.obj(o).get("code")).toList();
                    for (Object u : Json.arr(form.get("units"))) {
                        cells.add(new Cell((String) form.get("code"), (String) question.get("code"),
                                (String) Json.obj(u).get("code"), options));
                    }
                }
            }
        }
        return cells;
    }

    static String body(List<Cell> cells) {
        StringBuilder b = new StringBuilder(cells.size() * 80).append("{\"answers\":[");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"form\":\"").append(c.form()).append("\",\"question\":\"").append(c.question())
                    .append("\",\"unit\":\"").append(c.unit()).append("\",\"option\":\"")
                    .append(c.options().get(r.nextInt(c.options().size()))).append("\"}");
        }
        return b.append("]}").toString();
    }

    /** One operation of a closed-loop client: its HTTP status (or -1 on an I/O error), or 0 when out of work. */
    interface Op {
        int call() throws Exception;
    }

    record Result(String name, int clients, double seconds, long ok, Map<Integer, Long> errors, long[] latencies) {

        double rate() {
            return ok / seconds;
        }

        double pct(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e9;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static Result phase(String name, int clients, int seconds, Op op) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> errors = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        AtomicLong last = new AtomicLong(t0);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            fs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    int status;
                    try {
                        status = op.call();
                    } catch (IOException e) {
                        status = -1;
                    }
                    if (status == 0) {
                        return null; // out of tokens
                    }
                    long e = System.nanoTime();
                    last.accumulateAndGet(e, Math::max);
                    if (status / 100 == 2) {
                        ok.incrementAndGet();
                        lat.add(e - s);
                    } else {
                        errors.merge(status, 1L, Long::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double secs = (last.get() - t0) / 1e9;
        long[] l = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(name, clients, secs, ok.get(), new TreeMap<>(errors), l);
    }

    static void print(Result r, Result ref) {
        String ratio = "";
        if (ref != null && ref.ok() > 0) {
            ratio = String.format(Locale.ROOT, "  thr %.2f×  p99 %.2f×", r.rate() / ref.rate(), r.pct(99) / ref.pct(99));
        }
        OUT.printf(Locale.ROOT, "%-22s %4d  %6.1f s  %6d ok  %8.2f/s  p50 %6.3f  p95 %6.3f  p99 %6.3f  max %6.3f s  errors %s%s%n",
                r.name(), r.clients(), r.seconds(), r.ok(), r.rate(), r.pct(50), r.pct(95), r.pct(99), r.pct(100),
                r.errors().isEmpty() ? "0" : r.errors().toString(), ratio);
        OUT.flush();
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static void run(URI base, URI bare, Path tokenFile, int seconds, int[] clients, int rounds) throws Exception {
        List<String> tokens = Files.readAllLines(tokenFile);
        AtomicInteger next = new AtomicInteger();
        // The sheet (every HDND_TINH delegate has the same one), read with the first token.
        String first = tokens.get(next.getAndIncrement());
        List<Cell> sheet = cells(ok(send(HttpRequest.newBuilder(base.resolve("q/api/" + first)))));
        OUT.printf(Locale.ROOT, "run: %d cells per questionnaire, %d tokens, %d s per phase, load %s%n",
                sheet.size(), tokens.size(), seconds, load());
        Op product = () -> {
            int i = next.getAndIncrement();
            if (i >= tokens.size()) {
                return 0;
            }
            return send(HttpRequest.newBuilder(base.resolve("q/api/" + tokens.get(i) + "/submission"))
                    .header("Content-Type", "application/json").POST(json(body(sheet)))).statusCode();
        };
        Op baseline = () -> send(HttpRequest.newBuilder(bare).header("Content-Type", "application/json")
                .POST(json(body(sheet)))).statusCode();
        Op path = () -> {
            int i = next.getAndIncrement();
            if (i >= tokens.size()) {
                return 0;
            }
            String t = tokens.get(i);
            int s = send(HttpRequest.newBuilder(base.resolve("q/" + t))).statusCode();
            if (s / 100 != 2) {
                return s;
            }
            HttpResponse<String> q = send(HttpRequest.newBuilder(base.resolve("q/api/" + t)));
            if (q.statusCode() / 100 != 2) {
                return q.statusCode();
            }
            List<Cell> mine = cells(q.body());
            int third = (mine.size() + 2) / 3;
            for (int k = 0; k < 3; k++) {
                List<Cell> part = mine.subList(Math.min(mine.size(), k * third), Math.min(mine.size(), (k + 1) * third));
                s = send(HttpRequest.newBuilder(base.resolve("q/api/" + t + "/draft"))
                        .header("Content-Type", "application/json").PUT(json(body(part)))).statusCode();
                if (s / 100 != 2) {
                    return s;
                }
            }
            return send(HttpRequest.newBuilder(base.resolve("q/api/" + t + "/submission"))
                    .header("Content-Type", "application/json").POST(json(body(mine)))).statusCode();
        };
        OUT.println("warm-up (not counted) …");
        print(phase("warm-up ParIndex", 8, "1".equals(System.getenv("BENCH_PATH_ONLY")) ? 2 : Math.max(5, seconds / 3),
                product), null);
        print(phase("warm-up bare", 8, Math.max(5, seconds / 3), baseline), null);
        OUT.println();
        OUT.printf(Locale.ROOT, "%-22s %4s  %8s  %9s  %10s  %s%n", "phase", "cl", "time", "done", "rate",
                "latency; errors by status (-1 = I/O); ratio to bare");
        Map<Integer, Result> submissions = new HashMap<>();
        Map<Integer, Double> sustainedRates = new HashMap<>();
        Map<Integer, Double> drains = new HashMap<>();
        List<String> summary = new ArrayList<>();
        boolean pathOnly = "1".equals(System.getenv("BENCH_PATH_ONLY")); // the whole path alone, with fresh links
        for (int c : pathOnly ? new int[0] : clients) {
            List<Result> ps = new ArrayList<>();
            List<Result> bs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                OUT.println("  load " + load());
                Result p = phase("ParIndex submission", c, seconds, product);
                OUT.println("  after it: " + backlog(base));
                double drain = drain(base);
                OUT.printf(Locale.ROOT, "  the mixer took %.1f s more to store what was submitted (bare phase starts after)%n",
                        drain);
                drains.merge(c, drain, Double::sum);
                Result b = phase("bare submission", c, seconds, baseline);
                print(p, b);
                print(b, null);
                ps.add(p);
                bs.add(b);
            }
            Result p = merge(ps);
            Result b = merge(bs);
            submissions.put(c, p);
            double sustained = p.ok() / (p.seconds() + drains.get(c));
            sustainedRates.put(c, sustained);
            summary.add(String.format(Locale.ROOT, "%3d clients: sustained (submitted and mixed into survey_answer):"
                    + " %.2f/s = %.2f × bare", c, sustained, sustained / b.rate()));
            summary.add(String.format(Locale.ROOT, "%3d clients: ParIndex %.2f/s p99 %.2f s | bare %.2f/s p99 %.2f s"
                            + " | ratio throughput %.2f (goal ≥ 0.70), p99 %.2f (goal ≤ 1.50), ParIndex errors %d",
                    c, p.rate(), p.pct(99), b.rate(), b.pct(99), p.rate() / b.rate(), p.pct(99) / b.pct(99),
                    p.errorCount()));
        }
        for (int c : clients) {
            OUT.println("  load " + load());
            Result w = phase("respondent path", c, seconds * 2, path);
            OUT.println("  after it: " + backlog(base));
            double drain = drain(base);
            OUT.printf(Locale.ROOT, "  the mixer took %.1f s more to store what the paths submitted%n", drain);
            print(w, null);
            // Both sides counted alike: paths or submissions whose answers were also mixed into survey_answer, per
            // second of the phase and of the mixing after it (the goal's measure); and requests answered alone.
            double pathSustained = w.ok() / (w.seconds() + drain);
            Result s = submissions.get(c);
            Double submitted = sustainedRates.get(c);
            summary.add(String.format(Locale.ROOT, "%3d respondents: whole path %.2f/s p99 %.2f s, failed %d %s"
                            + " | sustained %.2f/s (mixed too) = %.2f × sustained submissions (goal ≥ 0.50)"
                            + " | requests alone: %.2f × the submission request rate", c, w.rate(), w.pct(99),
                    w.errorCount(), w.errors(), pathSustained,
                    submitted != null && submitted > 0 ? pathSustained / submitted : Double.NaN,
                    s != null && s.rate() > 0 ? w.rate() / s.rate() : Double.NaN));
        }
        OUT.println();
        OUT.println("summary (load " + load() + ", tokens used " + Math.min(next.get(), tokens.size()) + "/"
                + tokens.size() + "):");
        summary.forEach(OUT::println);
    }

    /** Answers stored and answer sets waiting for the mixer (the work a submission leaves behind). */
    static String backlog(URI base) {
        try {
            Map<String, Object> r = Json.obj(Json.parse(adminGet(base, "api/campaigns/" + campaign(base)
                    + "/responses")));
            return "answers stored " + r.get("answers") + ", sets waiting for the mixer " + r.get("waitingSets");
        } catch (Exception e) {
            return "backlog unknown (" + e + ")";
        }
    }

    /** Waits (at most 600 s) until fewer than 5 sets wait for the mixer; returns the seconds waited. */
    static double drain(URI base) throws InterruptedException {
        long t0 = System.nanoTime();
        String responses;
        try {
            responses = "api/campaigns/" + campaign(base) + "/responses";
        } catch (Exception e) {
            OUT.println("  backlog unknown: " + e);
            return (System.nanoTime() - t0) / 1e9;
        }
        while (System.nanoTime() - t0 < 600_000_000_000L) {
            try {
                Map<String, Object> r = Json.obj(Json.parse(adminGet(base, responses)));
                if (((Long) r.get("waitingSets")) < 5) {
                    break;
                }
            } catch (Exception e) {
                OUT.println("  backlog unknown: " + e);
                break;
            }
            Thread.sleep(1000);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static Result merge(List<Result> rs) {
        double secs = rs.stream().mapToDouble(Result::seconds).sum();
        long ok = rs.stream().mapToLong(Result::ok).sum();
        Map<Integer, Long> errors = new TreeMap<>();
        rs.forEach(r -> r.errors().forEach((k, v) -> errors.merge(k, v, Long::sum)));
        long[] l = rs.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
        return new Result(rs.get(0).name(), rs.get(0).clients(), secs, ok, errors, l);
    }
}
