package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the invitation tests share: the real WAR with extra settings, campaigns made from the demo campaign's
 * respondents, and waiting for a condition with a deadline.
 */
final class Survey {

    private Survey() {
    }

    /** The WAR that {@code mvn package} built, with {@code settings} for this deployment only ({@link Api#war(Map)}). */
    static WebArchive war(Map<String, String> settings) {
        return Api.war(settings);
    }

    /** Settings every invitation test wants: a quick worker and quick retries. */
    static Map<String, String> quickMail() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("survey.mail.poll-interval", "PT0.2S");
        s.put("survey.mail.rate-per-minute", "30000");
        s.put("survey.mail.retry.initial", "PT1S");
        s.put("survey.mail.retry.max", "PT4S");
        s.put("survey.mail.retry.max-attempts", "50");
        s.put("survey.mail.lease", "PT1M");
        return s;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} until it holds; fails after {@code timeout} with {@code what}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up after " + timeout + " waiting for: " + what);
            }
            sleepBriefly();
        }
    }

    /** Polls {@code value} until {@code done} accepts it, and returns it. */
    static <T> T await(String what, Duration timeout, Supplier<T> value, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T v = value.get();
        while (!done.test(v)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up after " + timeout + " waiting for: " + what + "; last: " + v);
            }
            sleepBriefly();
            v = value.get();
        }
        return v;
    }

    private static void sleepBriefly() {
        // between two polls of a condition with a deadline
        java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
    }

    /**
     * A campaign of the Hải Dương plan, OPEN, with a copy of the demo campaign's respondents of {@code groups}
     * (all when empty), their addresses prefixed with {@code prefix} so that mails can be told apart.
     */
    static Campaign openCampaign(Api http, String name, String prefix, String... groups) {
        Api.Answer created = http.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"" + name
                + "\",\"surveyOpens\":\"2030-12-01\",\"surveyCloses\":\"2030-12-31\",\"withUnits\":true}");
        long id = created.json(201).getJsonNumber("id").longValue();
        List<String> wanted = List.of(groups);
        StringBuilder csv = new StringBuilder("full_name,position,organisation,email,phone,group,home_unit,office\n");
        int n = 0;
        for (JsonObject r : respondents(http, demoId(http))) {
            if (!wanted.isEmpty() && !wanted.contains(r.getString("group"))) {
                continue;
            }
            csv.append(cell(r, "fullName")).append(',').append(cell(r, "position")).append(',')
                    .append(cell(r, "organisation")).append(',').append(prefix).append(cell(r, "email")).append(',')
                    .append(cell(r, "phone")).append(',').append(cell(r, "group")).append(',')
                    .append(cell(r, "homeUnit")).append(',').append(cell(r, "office")).append('\n');
            n++;
        }
        Api.Answer imported = http.upload("api/campaigns/" + id + "/respondents/import",
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        http.post("api/campaigns/" + id + "/status", "{\"status\":\"OPEN\"}").json(200);
        Map<String, Long> byEmail = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (JsonObject r : respondents(http, id)) {
            long rid = r.getJsonNumber("id").longValue();
            byEmail.put(r.getString("email"), rid);
            names.put(rid, r.getString("fullName"));
        }
        assertThat(byEmail).hasSize(n);
        return new Campaign(id, byEmail, names);
    }

    /**
     * A campaign made for a test.
     *
     * @param id      its id
     * @param byEmail respondent id by e-mail address
     * @param names   full name by respondent id
     */
    record Campaign(long id, Map<String, Long> byEmail, Map<Long, String> names) {

        String api() {
            return "api/campaigns/" + id;
        }
    }

    private static String cell(JsonObject r, String key) {
        if (!r.containsKey(key) || r.isNull(key)) {
            return "";
        }
        String v = r.getString(key);
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static long demoId(Api http) {
        return http.get("api/campaigns?year=2023&size=500").json(200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").endsWith("(dữ liệu mẫu)"))
                .mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    static List<JsonObject> respondents(Api http, long campaignId) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = http.get("api/campaigns/" + campaignId + "/respondents?size=500&page=" + page).json(200);
            all.addAll(p.getJsonArray("items").getValuesAs(JsonObject.class));
            if (all.size() >= p.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    /** Follows a batch until nothing is left to send. */
    static JsonObject awaitBatch(Api http, JsonObject batch, Duration timeout) {
        String href = batch.getString("href");
        return await("batch " + href + " to be sent", timeout, () -> http.get(href).json(200),
                b -> b.getBoolean("done"));
    }
}
