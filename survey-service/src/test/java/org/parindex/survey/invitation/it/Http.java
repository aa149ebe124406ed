package org.parindex.survey.invitation.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the invitation tests: JSON or bytes in and out, any extra headers. */
final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Http(URL base) {
        try {
            String b = base.toURI().toString();
            this.base = URI.create(b.endsWith("/") ? b : b + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
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

    /** {@code path} relative to the application, or to the server when it starts with {@code /}. */
    URI uri(String path) {
        return base.resolve(path);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        // the API demands a login: the demo admin, which the tests' deployments create
        request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("admin:parindex-demo".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
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

    /** One HTTP answer. */
    record Answer(int status, String contentType, Optional<String> location, Optional<String> retryAfter,
                  byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader r = Json.createReader(new ByteArrayInputStream(bytes))) {
                return r.readObject();
            }
        }

        /** Asserts the status and returns the JSON body. */
        JsonObject json(int expected) {
            assertThat(status).as(text()).isEqualTo(expected);
            return json();
        }

        /** Asserts a problem+json answer with this status, without internals, and returns it. */
        JsonObject problem(int expected) {
            assertThat(status).as(text()).isEqualTo(expected);
            assertThat(contentType).as(text()).startsWith("application/problem+json");
            JsonObject p = json();
            assertThat(p.getInt("status")).isEqualTo(expected);
            assertThat(text()).doesNotContain("Exception").doesNotContain("\tat ");
            return p;
        }
    }
}
