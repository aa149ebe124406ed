package org.parindex.survey.scores.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parindex.scoring.Framework;
import org.parindex.survey.platform.ClassPathFolders;
import org.parindex.scoring.format.FrameworkReader;

/**
 * The frameworks shipped in the {@code questionnaires} module ({@code parindex/frameworks/*.json} on the class
 * path), by code ({@code HD-3396-SO}), read with scoring-lib's reader once, on first use; and the exact JSON text
 * of each, which a published snapshot keeps so that it can be scored again later.
 */
@ApplicationScoped
public class ShippedFrameworks {

    static final String FOLDER = "parindex/frameworks/";

    /** A framework and the text it was read from. */
    public record Shipped(Framework framework, String json, String resource) {
    }

    private volatile Map<String, Shipped> byCode;

    /** The framework with this code, if shipped. */
    public Optional<Framework> framework(String code) {
        return shipped(code).map(Shipped::framework);
    }

    /** The framework with this code and its JSON text, if shipped. */
    public Optional<Shipped> shipped(String code) {
        if (byCode == null) {
            byCode = load();
        }
        return Optional.ofNullable(byCode.get(code));
    }

    private static Map<String, Shipped> load() {
        Map<String, Shipped> map = new HashMap<>();
        for (String name : ClassPathFolders.jsonFiles(FOLDER)) {
            String resource = FOLDER + name;
            URL url = loader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException("cannot read " + resource);
            }
            String json;
            try (InputStream in = url.openStream()) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            Framework f = FrameworkReader.parse(resource, json);
            if (map.put(f.code(), new Shipped(f, json, resource)) != null) {
                throw new IllegalStateException("two files under " + FOLDER + " have code " + f.code());
            }
        }
        return Map.copyOf(map);
    }

    private static ClassLoader loader() {
        return ShippedFrameworks.class.getClassLoader();
    }
}
