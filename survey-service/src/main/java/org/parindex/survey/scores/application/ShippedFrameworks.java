package org.parindex.survey.scores.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.parindex.scoring.Framework;
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
        for (String name : jsonFiles()) {
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

    private static TreeSet<String> jsonFiles() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = loader().getResources(FOLDER);
            while (dirs.hasMoreElements()) {
                URL dir = dirs.nextElement();
                if ("jar".equals(dir.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) dir.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(FOLDER) && entry.endsWith(".json")
                                    && entry.indexOf('/', FOLDER.length()) < 0) {
                                names.add(entry.substring(FOLDER.length()));
                            }
                        }
                    }
                } else if ("file".equals(dir.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + FOLDER, e);
        }
        return names;
    }

    private static ClassLoader loader() {
        return ShippedFrameworks.class.getClassLoader();
    }
}
