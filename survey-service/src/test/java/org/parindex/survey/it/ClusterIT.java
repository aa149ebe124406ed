package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.survey.it.Sheets.answers;
import static org.parindex.survey.it.Sheets.cells;
import static org.parindex.survey.it.Sheets.counts;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parindex.survey.it.Api.Answer;

/**
 * Two instances of the built WAR on Payara Micro, clustered with Payara Micro's Hazelcast on loopback (tcpip
 * discovery, a cluster name of this JVM's own), on one PostgreSQL database (Maven profile {@code cluster}, run by
 * {@code deploy/cluster/cluster-check.sh}). Started together on an empty database, then:
 * <ol>
 *   <li>the first admin and the demo campaign exist once, and the two form one data grid;</li>
 *   <li>a respondent who autosaves on A sees the draft on B and submits there, losing nothing; autosaves on A
 *       racing a submission on B leave one submission and no 5xx; one submission sent to both at once is taken
 *       once;</li>
 *   <li>a group's invitations queued once are sent exactly once with both mail workers on (GreenMail);</li>
 *   <li>the login throttle holds across the instances, for failures one after another and for a concurrent burst
 *       spread over both;</li>
 *   <li>the link check throttle holds across the instances;</li>
 *   <li>A is killed (SIGKILL) at a random point of a submission load: every submission that answered 2xx, or
 *       that died with A and is found submitted when sent again to B, is counted exactly once after B has mixed
 *       what A left waiting.</li>
 * </ol>
 * Ports: HTTP {@code it.cluster.http.port} and the next, Hazelcast {@code it.cluster.hz.port} and the next, SMTP
 * HTTP + 50.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int HTTP = Integer.getInteger("it.cluster.http.port", 28000);
    private static final int HAZELCAST = Integer.getInteger("it.cluster.hz.port", 28100);
    private static final int SMTP_PORT = HTTP + 50;
    private static final int K = 3;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    private final Path root = Path.of(System.getProperty("it.data.root"), "cluster");
    private PayaraProcess a;
    private PayaraProcess b;
    private Api apiA;
    private Api apiB;

    @BeforeAll
    void startTwoInstancesTogetherOnOneEmptyDatabase() throws Exception {
        assertThat(TestDatabase.postgresql()).as("the cluster runs on PostgreSQL (profile cluster)").isTrue();
        TestDatabase db = TestDatabase.fresh("cluster", root.resolve("db"));
        String cluster = "parindex-it-" + ProcessHandle.current().pid();
        List<String> options = new ArrayList<>(List.of("-Dhazelcast.socket.bind.any=false",
                "-Dsurvey.anonymity.batch-size=" + K,
                "-Dsurvey.invitation.lookup.trust-forwarded-for=true",
                "-Dsurvey.mail.smtp.host=127.0.0.1", "-Dsurvey.mail.smtp.port=" + SMTP_PORT,
                "-Dsurvey.mail.smtp.timeout=PT5S", "-Dsurvey.mail.poll-interval=PT0.2S",
                "-Dsurvey.mail.rate-per-minute=30000", "-Dsurvey.mail.retry.initial=PT1S",
                "-Dsurvey.mail.retry.max=PT4S", "-Dsurvey.mail.lease=PT1M"));
        Map<String, String> env = Map.of("SURVEY_DEMO_ENABLED", "true");
        a = PayaraProcess.launch(root.resolve("a.log"), root.resolve("a"), db, env, options, HTTP,
                member(cluster, HAZELCAST));
        b = PayaraProcess.launch(root.resolve("b.log"), root.resolve("b"), db, env, options, HTTP + 1,
                member(cluster, HAZELCAST + 1));
        a.awaitReady();
        b.awaitReady();
        apiA = a.api();
        apiB = b.api();
    }

    private static List<String> member(String cluster, int hazelcastPort) {
        return List.of("--clustermode", "tcpip:127.0.0.1:" + HAZELCAST + ",127.0.0.1:" + (HAZELCAST + 1),
                "--interfaces", "127.0.0.1", "--clustername", cluster, "--startport", String.valueOf(hazelcastPort));
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void theFirstAdminAndTheDemoAreCreatedOnceAndTheTwoFormOneDataGrid() throws Exception {
        for (Api api : List.of(apiA, apiB)) {
            JsonObject campaigns = api.get("api/campaigns?size=50").json();
            assertThat(campaigns.getInt("total")).as("one demo campaign, whichever instance is asked").isEqualTo(1);
        }
        String logs = a.log() + b.log();
        assertThat(logs.split("Created demo campaign", -1)).as("made by one instance").hasSize(2);
        assertThat(logs).contains("Demo campaign not created: the database already has campaigns");
        assertThat(logs.split("Created the first admin account", -1)).as("the first admin, by one instance")
                .hasSize(2);
        await("both instances in one data grid", Duration.ofSeconds(60), () -> {
            try {
                return a.log().contains("DG Size: 2") || b.log().contains("DG Size: 2");
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(2)
    void aRespondentWhoSavesOnOneInstanceAndSubmitsOnTheOtherLosesNothing() throws Exception {
        long campaign = openCampaign(apiA, "Cụm máy chủ: lưu ở A, nộp ở B", "luu.", "LANH_DAO_SO");
        List<String> tokens = links(apiA, campaign, 3);
        String token = tokens.get(0);
        List<String> cells = cells(apiA, token);
        int half = cells.size() / 2;
        Answer saved = apiA.anonymous().put("q/api/" + token + "/draft", answers(cells.subList(0, half), "A"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject onB = apiB.anonymous().get("q/api/" + token).json();
        assertThat(onB.getJsonObject("answers")).as("the draft saved on A, read on B").hasSize(half);
        saved = apiB.anonymous().put("q/api/" + token + "/draft", answers(cells.subList(half, cells.size()), "A"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(apiA.anonymous().get("q/api/" + token).json().getJsonObject("answers"))
                .as("both halves, read back on A").hasSize(cells.size());
        Answer submitted = apiB.anonymous().post("q/api/" + token + "/submission", answers(cells, "A"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(apiA.anonymous().post("q/api/" + token + "/submission", answers(cells, "A")).status())
                .as("submitted once, whichever instance is asked again").isEqualTo(409);

        // Another respondent: autosaves on A race their submission on B.
        String racer = tokens.get(1);
        List<String> racerCells = cells(apiB, racer);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> saves = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                List<String> some = racerCells.subList((i * 6) % (racerCells.size() - 6),
                        (i * 6) % (racerCells.size() - 6) + 6);
                saves.add(pool.submit(() -> apiA.anonymous().put("q/api/" + racer + "/draft", answers(some, "B"))));
                if (i == 8) {
                    saves.add(pool.submit(() -> apiB.anonymous().post("q/api/" + racer + "/submission",
                            answers(racerCells, "B"))));
                }
            }
            int accepted = 0;
            for (Future<Answer> f : saves) {
                Answer r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201, 409, 503);
                accepted += r.status() == 201 ? 1 : 0;
            }
            if (accepted == 0) { // 503: busy, the page sends it again
                Answer again = apiB.anonymous().post("q/api/" + racer + "/submission", answers(racerCells, "B"));
                assertThat(again.status()).as(again.body()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        // A third sends the same submission to both at once (two tabs, a double click behind a balancer).
        String twice = tokens.get(2);
        List<String> twiceCells = cells(apiA, twice);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> sent = new ArrayList<>();
            for (Api api : List.of(apiA, apiB)) {
                sent.add(both.submit(() -> {
                    go.await();
                    return api.anonymous().post("q/api/" + twice + "/submission", answers(twiceCells, "D"));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> f : sent) {
                statuses.add(f.get().status());
            }
            if (statuses.contains(503) && !statuses.contains(201)) {
                statuses.set(statuses.indexOf(503), apiB.anonymous().post("q/api/" + twice + "/submission",
                        answers(twiceCells, "D")).status());
            }
            assertThat(statuses).as("one accepted, the other refused").containsExactlyInAnyOrder(201, 409);
        } finally {
            both.shutdownNow();
        }
        assertThat(apiB.post("api/campaigns/" + campaign + "/status", "{\"status\":\"CLOSED\"}").status())
                .isEqualTo(200);
        JsonObject counts = counts(apiA, campaign);
        assertThat(counts.getInt("submitted")).isEqualTo(3);
        assertThat(counts.getInt("waitingSets")).isZero();
        assertThat(counts.getInt("answering")).as("no draft left by the race").isZero();
        assertThat(Sheets.tally(apiA, campaign)).as("every answer of both, once")
                .containsEntry("A", (long) cells.size()).containsEntry("B", (long) racerCells.size())
                .containsEntry("D", (long) twiceCells.size()).hasSize(3);
    }

    @Test
    @Order(3)
    void invitationsQueuedOnceAreSentExactlyOnceWithBothMailWorkersOn() throws Exception {
        long campaign = openCampaign(apiA, "Cụm máy chủ: thư mời", "thu.");
        Map<String, Long> emails = emails(apiA, campaign);
        assertThat(emails).hasSize(510);
        Answer invited = apiA.post("api/campaigns/" + campaign + "/invitations", "{}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(202);
        String batch = invited.json().getJsonObject("batch").getString("href");
        await("all 510 sent", Duration.ofSeconds(180), () -> apiB.get(batch).json().getBoolean("done"));
        Thread.sleep(3000); // a mail sent twice would arrive now
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            if (emails.containsKey(to)) {
                perRecipient.merge(to, 1, Integer::sum);
            }
        }
        assertThat(perRecipient).hasSize(510);
        assertThat(perRecipient.values()).as("nobody got two").allMatch(n -> n == 1);
        JsonObject summary = apiB.get("api/campaigns/" + campaign + "/invitations/summary").json();
        assertThat(summary.getJsonObject("mails").getInt("SENT")).isEqualTo(510);
    }

    @Test
    @Order(4)
    void theLoginThrottleHoldsAcrossTheInstances() throws Exception {
        // one after another, alternating: 5 failures in all, then both refuse
        for (int i = 0; i < 5; i++) {
            Api api = (i % 2 == 0 ? apiA : apiB).from("198.51.100.1").as("ke-do-mat-khau", "sai-" + i);
            assertThat(api.get("api/campaigns").status()).isEqualTo(401);
        }
        for (Api api : List.of(apiA, apiB)) {
            Answer refused = api.from("198.51.100.2").as("ke-do-mat-khau", "sai").get("api/campaigns");
            assertThat(refused.problem(429).getString("detail")).contains("Đăng nhập sai quá nhiều lần");
            assertThat(refused.retryAfter()).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        }
        // a concurrent burst spread over both instances gets no more than 5 tries
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Api api = (i % 2 == 0 ? apiA : apiB).from("198.51.100." + (10 + i)).as("ke-tan-cong", "sai-" + i);
                tries.add(pool.submit(() -> {
                    start.await();
                    return api.get("api/campaigns").status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : tries) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(401, 429);
            assertThat(Collections.frequency(statuses, 401)).as("passwords tried: " + statuses).isBetween(1, 5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(apiA.get("api/campaigns").status()).as("other accounts are not locked out").isEqualTo(200);
    }

    @Test
    @Order(5)
    void theLinkThrottleHoldsAcrossTheInstances() {
        int max = 20; // survey.invitation.lookup.max-failures
        for (int i = 0; i < max; i++) {
            Api api = (i % 2 == 0 ? apiA : apiB).anonymous().from("203.0.113.9");
            Answer unknown = api.get("link/" + String.format("%05d-%05d", i, i).replace('0', 'A'));
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        }
        for (Api api : List.of(apiA, apiB)) {
            Answer refused = api.anonymous().from("203.0.113.9").get("link/AAAAA-BBBBB");
            assertThat(refused.problem(429).getString("type")).endsWith("too-many-requests");
            assertThat(refused.retryAfter()).isPresent();
        }
        assertThat(apiB.anonymous().from("203.0.113.10").get("link/AAAAA-BBBBB").status())
                .as("another client is not held off").isEqualTo(404);
    }

    @Test
    @Order(6)
    void killedDuringASubmissionLoadEverySubmissionThatAnsweredIsCountedOnce() throws Exception {
        long campaign = openCampaign(apiA, "Cụm máy chủ: tắt đột ngột", "tat.", "LANH_DAO_SO", "HDND_TINH");
        List<String> tokens = links(apiA, campaign, 60);
        Map<String, Integer> cellsOf = new LinkedHashMap<>();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        for (String t : tokens) {
            List<String> cells = cells(apiB, t);
            cellsOf.put(t, cells.size());
            bodies.put(t, answers(cells, "C"));
        }
        Map<String, String> outcome = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                Api first = (i % 2 == 0 ? apiA : apiB).anonymous();
                work.add(pool.submit(() -> {
                    outcome.put(t, submit(first, apiB.anonymous(), t, bodies.get(t)));
                    done.incrementAndGet();
                }));
            }
            int killAt = tokens.size() / 4 + new java.util.Random().nextInt(tokens.size() / 2);
            await("submissions under way", Duration.ofSeconds(180), () -> done.get() >= killAt);
            a.kill();
            System.out.println("ClusterIT kill -9: A killed after " + done.get() + " of " + tokens.size()
                    + " submissions had answered");
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.isAlive()).isFalse();
        Map<String, Long> byOutcome = outcome.values().stream().collect(java.util.stream.Collectors.groupingBy(
                o -> o, java.util.stream.Collectors.counting()));
        assertThat(byOutcome.keySet()).as("every respondent submitted in the end: " + outcome)
                .isSubsetOf("201", "lost-then-201", "lost-then-409");
        long twoxx = byOutcome.getOrDefault("201", 0L) + byOutcome.getOrDefault("lost-then-201", 0L);
        long diedButStored = byOutcome.getOrDefault("lost-then-409", 0L);
        assertThat(apiB.post("api/campaigns/" + campaign + "/status", "{\"status\":\"CLOSED\"}").status())
                .as("the survivor closes the survey and mixes what A left").isEqualTo(200);
        JsonObject counts = counts(apiB, campaign);
        long expectedAnswers = cellsOf.values().stream().mapToLong(Integer::longValue).sum();
        System.out.println("ClusterIT kill -9: " + tokens.size() + " respondents: " + twoxx + " answered 2xx ("
                + byOutcome.getOrDefault("lost-then-201", 0L) + " of them sent again to B after A died under them), "
                + diedButStored + " died with A after they were stored (409 when sent again); answers counted "
                + counts.getJsonNumber("answers") + " of " + expectedAnswers);
        assertThat((long) counts.getInt("submitted")).isEqualTo(twoxx + diedButStored).isEqualTo(tokens.size());
        assertThat(counts.getInt("waitingSets")).isZero();
        assertThat(counts.getJsonNumber("answers").longValue()).as("every answer counted once")
                .isEqualTo(expectedAnswers);
        assertThat(Sheets.tally(apiB, campaign).get("C")).isEqualTo(expectedAnswers);
    }

    /**
     * Submits on {@code first}; when that instance dies on the way, sends it again to {@code survivor}, as the
     * page does. Returns "201", "lost-then-201" (the lost request had not been stored), or "lost-then-409" (it
     * had been stored after all: the answer was lost, not the submission).
     */
    private static String submit(Api first, Api survivor, String token, String body) {
        try {
            Answer r = first.post("q/api/" + token + "/submission", body);
            if (r.status() == 201) {
                return "201";
            }
            if (r.status() != 503) {
                return r.status() + " " + r.body();
            }
        } catch (UncheckedIOException lost) {
            // the instance died under the request: whether it was stored, only sending it again tells
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            Answer again = survivor.post("q/api/" + token + "/submission", body);
            if (again.status() == 201) {
                return "lost-then-201";
            }
            if (again.status() == 409 && again.body().contains("already-submitted")) {
                return "lost-then-409";
            }
            if (again.status() != 503) {
                return "again " + again.status() + " " + again.body();
            }
        }
        return "503 ten times";
    }

    /** A copy of the demo campaign's respondents (of {@code groups}, all when none), OPEN; returns its id. */
    private static long openCampaign(Api api, String name, String prefix, String... groups) {
        long id = api.newCampaign(name, true);
        long demo = api.demoId();
        List<String> wanted = List.of(groups);
        StringBuilder csv = new StringBuilder("full_name,position,organisation,email,phone,group,home_unit\n");
        for (JsonObject r : respondents(api, demo)) {
            if (wanted.isEmpty() || wanted.contains(r.getString("group"))) {
                csv.append(String.join(",", cell(r, "fullName"), cell(r, "position"), cell(r, "organisation"),
                        prefix + cell(r, "email"), cell(r, "phone"), cell(r, "group"), cell(r, "homeUnit")))
                        .append('\n');
            }
        }
        Answer imported = api.upload("api/campaigns/" + id + "/respondents/import",
                csv.toString().getBytes(StandardCharsets.UTF_8), Api.CSV);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Answer opened = api.post("api/campaigns/" + id + "/status", "{\"status\":\"OPEN\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** Invites every respondent of the campaign without mail and returns the links of the first {@code n}. */
    private static List<String> links(Api api, long campaign, int n) {
        Answer invited = api.post("api/campaigns/" + campaign + "/invitations", "{\"sendMail\":false}");
        assertThat(invited.status()).as(invited.body()).isIn(200, 202);
        List<String> tokens = new ArrayList<>();
        for (JsonObject r : respondents(api, campaign)) {
            if (tokens.size() == n) {
                break;
            }
            Answer link = api.get("api/campaigns/" + campaign + "/invitations/" + r.getJsonNumber("id") + "/link");
            assertThat(link.status()).as(link.body()).isEqualTo(200);
            String address = link.json().getString("link");
            tokens.add(address.substring(address.lastIndexOf('/') + 1));
        }
        assertThat(tokens).hasSize(n);
        return tokens;
    }

    private static Map<String, Long> emails(Api api, long campaign) {
        Map<String, Long> byEmail = new LinkedHashMap<>();
        for (JsonObject r : respondents(api, campaign)) {
            byEmail.put(r.getString("email"), r.getJsonNumber("id").longValue());
        }
        return byEmail;
    }

    private static List<JsonObject> respondents(Api api, long campaign) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = api.get("api/campaigns/" + campaign + "/respondents?size=500&page=" + page).json();
            all.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (all.size() >= p.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    private static String cell(JsonObject r, String key) {
        if (!r.containsKey(key) || r.isNull(key)) {
            return "";
        }
        String v = r.getString(key);
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up after " + timeout + " waiting for: " + what);
            }
            Thread.sleep(200);
        }
    }
}
