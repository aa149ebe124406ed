package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * Issue 10 ("Trust") on the real WAR: bodies over the limit refused at once, credentials looked at only where a
 * login is needed, failed logins throttled, security headers, login from another site refused, simulated answers
 * only for the demo campaign.
 */
abstract class TrustChecks {

    /** The secretariat's own part of the API (merged into /api by the access-control work: change it here). */
    static final String SECRETARIAT = "api/";


    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;
    /** This class's raw client's own address (see {@link Api#newClientAddress()}). */
    private final String address = Api.newClientAddress();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void aFiveMegabyteBodyToTheQuestionnaireApiAnswers413QuicklyAndStoresNothing() throws Exception {
        long campaign = openCampaignWithOnePerson("Giới hạn", "gioi.han@example.invalid");
        String token = token(campaign);
        long before = submitted(campaign);
        byte[] huge = ("{\"answers\":[" + "{\"form\":\"x\",\"question\":\"q\",\"unit\":\"u\",\"option\":\"o\"},"
                .repeat(110_000) + "{}]}").getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(5_000_000);
        for (String t : List.of("x", token)) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri("q/api/" + t + "/submission"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("1 MB");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
        // no Content-Length (chunked): cut off while streaming
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(api.uri("q/api/" + token + "/submission"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("1 MB");
        assertThat(submitted(campaign)).isEqualTo(before);
        // the link still works
        assertThat(api.anonymous().get("q/api/" + token).status()).isEqualTo(200);
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long campaign = api.newCampaign("Tải lên lớn", true);
        long units = api.get("api/campaigns/" + campaign + "/units").json().getInt("total");
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        // "Expect: 100-continue": the 413 comes before the body is sent (a client sending it anyway may see the
        // connection reset once the container stops discarding what it did not read)
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri("api/campaigns/" + campaign + "/units/import"))
                .expectContinue(true).header("Authorization", basic(Api.USER, Api.PASSWORD))
                .header("Content-Type", Api.CSV).POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("10 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(api.get("api/campaigns/" + campaign + "/units").json().getInt("total")).isEqualTo(units);
    }

    @Test
    void wrongBasicCredentialsOutsideTheApiAreNeverChecked() {
        String wrong = basic("admin", "không-đúng");
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> live = send(HttpRequest.newBuilder(api.uri("/health/live"))
                    .header("Authorization", wrong).GET());
            assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        }
        // 40 PBKDF2 checks (210 000 rounds each, one at a time) would take far longer than this on any machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        // the respondents' API does not look at it either (404: no such link; never 401)
        HttpResponse<String> q = send(HttpRequest.newBuilder(api.uri("q/api/khong-co-ma-nay"))
                .header("Authorization", wrong).GET());
        assertThat(q.statusCode()).as(q.body()).isEqualTo(404);
        // and none of them counted as a failed login: the admin is not throttled
        assertThat(api.get("api/campaigns").status()).isEqualTo(200);
    }

    @Test
    void sixWrongPasswordsForAnAccountAnswer429WithRetryAfterAndAreAudited() {
        Api guesser = api.as("hoidong", "sai-mat-khau");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("api/campaigns").status()).isEqualTo(401);
        }
        HttpResponse<String> sixth = send(HttpRequest.newBuilder(api.uri("api/campaigns"))
                .header("Authorization", basic("hoidong", "sai-mat-khau")).GET());
        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Long.parseLong(s)).isBetween(1L, 15 * 60L + 1));
        assertThat(sixth.body()).contains("thử lại sau");
        // even the right password waits: nothing is hashed for a throttled account
        assertThat(api.as("hoidong", Api.PASSWORD).get("api/campaigns").status()).isEqualTo(429);
        // another account from the same address still logs in
        assertThat(api.get("api/campaigns").status()).isEqualTo(200);
        JsonObject audit = api.get(SECRETARIAT + "audit?action=LOGIN_FAILED&size=50").json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> "hoidong".equals(e.getString("actor", "")))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(e -> assertThat(e.getString("detail")).contains("Basic"));
    }

    @Test
    void theSecretariatsAnswersCarrySecurityHeaders() {
        for (String path : List.of("admin/login.html", "admin/dashboard.html", "api/campaigns", "q/api/khong-co")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri(path))
                    .header("Authorization", basic(Api.USER, Api.PASSWORD)).GET());
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue(path.startsWith("admin/") ? "same-origin" : "no-referrer");
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(api.uri("admin/login.html")).GET());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("<script src=\"assets/page-login.js\"></script>")
                .doesNotContain("<script>").doesNotContain("style=\"");
        // the respondent's page keeps its own policy
        HttpResponse<String> q = send(HttpRequest.newBuilder(api.uri("q/abc")).GET());
        assertThat(q.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(q.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefusedAndTheSessionCookieIsStrict() {
        String form = "username=thuky&password=" + Api.PASSWORD + "&next=%2Fadmin%2F";
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(api.uri("admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> viaReferer = send(HttpRequest.newBuilder(api.uri("admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "https://evil.example/admin/login.html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(viaReferer.statusCode()).isEqualTo(403);

        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> own = send(HttpRequest.newBuilder(api.uri("admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).endsWith("/admin/").doesNotContain("loi");
        String cookie = own.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly");

        HttpResponse<String> logout = send(HttpRequest.newBuilder(api.uri("admin/logout"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(403);
    }

    @Test
    void aSessionEndsWhenItsPasswordChanges() {
        String user = "doimk" + System.nanoTime() % 100_000;
        String first = "mat-khau-dau-tien-1";
        assertThat(api.post(SECRETARIAT + "accounts", "{\"username\":\"" + user + "\",\"displayName\":\"Đổi mật khẩu\","
                + "\"role\":\"viewer\",\"password\":\"" + first + "\"}").status()).isEqualTo(201);
        String cookie = login(user, first);
        assertThat(sessionGet(cookie, "api/campaigns").statusCode()).isEqualTo(200);
        assertThat(api.put(SECRETARIAT + "accounts/" + user, "{\"password\":\"mat-khau-thu-hai-2\"}").status())
                .isEqualTo(200);
        assertThat(sessionGet(cookie, "api/campaigns").statusCode()).isEqualTo(401);
        String second = login(user, "mat-khau-thu-hai-2");
        assertThat(sessionGet(second, "api/campaigns").statusCode()).isEqualTo(200);
        assertThat(api.put(SECRETARIAT + "accounts/" + user, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(sessionGet(second, "api/campaigns").statusCode()).isEqualTo(401);
    }

    @Test
    void simulatedAnswersAreForTheDemoCampaignOnly() {
        long campaign = openCampaignWithOnePerson("Không phải mẫu", "khong.mau@example.invalid");
        long before = submitted(campaign);
        Answer refused = api.post(SECRETARIAT + "campaigns/" + campaign + "/dashboard/demo-answers", "{\"count\":5}");
        assertThat(refused.problem(409).getString("detail")).contains("dữ liệu mẫu");
        assertThat(refused.fields()).containsExactly("campaign");
        assertThat(submitted(campaign)).isEqualTo(before);
        assertThat(api.get(SECRETARIAT + "campaigns/" + campaign + "/dashboard").json().getBoolean("demo")).isFalse();
    }

    // --- helpers

    private long openCampaignWithOnePerson(String name, String email) {
        long campaign = api.newCampaign(name, true);
        Answer imported = api.upload("api/campaigns/" + campaign + "/respondents/import",
                ("full_name,email,group\nVũ Thị Én," + email + ",LANH_DAO_MTTQ_TINH\n")
                        .getBytes(StandardCharsets.UTF_8), Api.CSV);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Answer opened = api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(api.post(SECRETARIAT + "campaigns/" + campaign + "/invitations", "{}").status())
                .isLessThan(300);
        return campaign;
    }

    private String token(long campaign) {
        long id = api.get("api/campaigns/" + campaign + "/respondents?size=5").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String link = api.get("api/campaigns/" + campaign + "/invitations/" + id + "/link").json().getString("link");
        return link.substring(link.lastIndexOf("/q/") + 3);
    }

    private long submitted(long campaign) {
        return api.get(SECRETARIAT + "campaigns/" + campaign + "/dashboard").json().getJsonNumber("submitted")
                .longValue();
    }

    private String login(String user, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri("admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("loi");
        String c = r.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith("JSESSIONID")).findFirst()
                .orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }

    private HttpResponse<String> sessionGet(String cookie, String path) {
        return send(HttpRequest.newBuilder(api.uri(path)).header("Cookie", cookie).GET());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.setHeader("X-Forwarded-For", address);
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
