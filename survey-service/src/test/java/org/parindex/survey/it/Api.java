package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A small HTTP client for the black-box tests: JSON in, JSON (or problem+json) out. */
public final class Api {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    /** This client's own address, sent as X-Forwarded-For (ApiIT trusts it): throttles count per client. */
    private final String address;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The demo admin account, which the tests' deployments create (demo mode, or PARINDEX_ADMIN_PASSWORD). */
    static final String USER = "admin";
    static final String PASSWORD = "parindex-demo";

    /**
     * A client logged in as the demo admin (the API demands a login).
     *
     * @param base the application's root, e.g. {@code http://localhost:8080/survey-service/}
     */
    Api(URI base) {
        this(base, basic(USER, PASSWORD), newClientAddress());
    }

    /**
     * An address of its own for a test client (a documentation address, 2001:db8::/32), sent as X-Forwarded-For:
     * where the deployment trusts it (ApiIT), the throttles count each client apart.
     */
    static String newClientAddress() {
        return "2001:db8::" + Integer.toHexString(RANDOM.nextInt(0x10000)) + ":"
                + Integer.toHexString(RANDOM.nextInt(0x10000));
    }

    /**
     * The same client as if behind a proxy that reports {@code address} ({@code X-Forwarded-For}; the service
     * believes it only with {@code survey.invitation.lookup.trust-forwarded-for=true}).
     */
    Api from(String address) {
        return new Api(base, authorization, address);
    }

    private Api(URI base, String authorization, String address) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = authorization;
        this.address = address;
    }

    /** The same client sending other HTTP Basic credentials with every request. */
    Api as(String user, String password) {
        return new Api(base, basic(user, password), address);
    }

    /** The same client without credentials (a respondent, or anyone). */
    Api anonymous() {
        return new Api(base, null, address);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Api(URL base) {
        this(toUri(base));
    }

    /** The WAR that {@code mvn package} built, deployed as it is. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("war.file")));
    }

    /**
     * The WAR that {@code mvn package} built, with these settings in a MicroProfile Config source of its own
     * (ordinal 500: above the WAR's defaults, below system properties).
     */
    public static WebArchive war(Map<String, String> settings) {
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        new TreeMap<>(settings).forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties");
        return war().addAsLibrary(config);
    }

    /** An example file of the project, from the survey-service module folder. */
    static byte[] file(String relative) {
        try {
            return Files.readAllBytes(Path.of(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A GET with extra headers given as name, value, name, value… */
    Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** The body of a GET as bytes (a PDF), asserting 200. */
    byte[] bytes(String path) {
        Answer a = get(path);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.bytes();
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer upload(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any request, e.g. with an odd content type or method. */
    Answer send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * A request to a path written exactly as given, not resolved or normalised, after the application's root
     * (e.g. {@code "//api/campaigns"}, {@code "/%61dmin/users.html"}).
     */
    Answer raw(String method, String rawPath, String json) {
        String root = base.getRawPath().replaceAll("/+$", "");
        URI target = URI.create(base.getScheme() + "://" + base.getRawAuthority() + root + rawPath);
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(target).header("Content-Type", "application/json").method(method, body));
    }

    URI uri(String path) {
        return path.startsWith("/") ? base.resolve(path) : base.resolve(path);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.header("X-Forwarded-For", address);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // e.g. another X-Forwarded-For
        }
        try {
            HttpResponse<byte[]> r = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location"), r.headers().firstValue("Retry-After"), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Creates a draft campaign from the Hải Dương plan and returns its id. */
    long newCampaign(String name, boolean withUnits) {
        Answer a = post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"" + name
                + "\",\"surveyOpens\":\"2030-12-01\",\"surveyCloses\":\"2030-12-31\",\"withUnits\":" + withUnits + "}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().getJsonNumber("id").longValue();
    }

    /** The id of the demo campaign. */
    long demoId() {
        Answer a = get("api/campaigns?year=2023&size=500");
        return a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").endsWith("(dữ liệu mẫu)"))
                .mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    /** One HTTP answer. */
    record Answer(int status, String contentType, Optional<String> location, Optional<String> retryAfter,
                  byte[] bytes) {

        /** The body as UTF-8 text. */
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return read().asJsonObject();
        }

        /** Asserts the status and returns the JSON body. */
        JsonObject json(int expected) {
            assertThat(status).as(body()).isEqualTo(expected);
            return json();
        }

        JsonArray array() {
            return read().asJsonArray();
        }

        private JsonValue read() {
            try (JsonReader r = Json.createReader(new StringReader(body()))) {
                return r.readValue();
            }
        }

        /** Asserts a problem+json answer with this status, and returns it. */
        JsonObject problem(int expected) {
            String body = body();
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            JsonObject p = json();
            assertThat(p.getInt("status")).isEqualTo(expected);
            assertThat(p.getString("title")).isNotBlank();
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
            return p;
        }

        /** The fields named in a problem's errors. */
        List<String> fields() {
            JsonObject p = json();
            return p.containsKey("errors") ? p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).toList() : List.of();
        }

        /** The rows named in a problem's errors. */
        List<Integer> rows() {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.containsKey("row")).map(e -> e.getInt("row")).distinct().toList();
        }
    }
}
