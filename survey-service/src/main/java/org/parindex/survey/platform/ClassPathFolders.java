package org.parindex.survey.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the data files shipped on the class path (the {@code questionnaires} jar, or its folder in tests). */
public final class ClassPathFolders {

    private ClassPathFolders() {
    }

    /** The names of the JSON files directly in {@code folder} on the class path (in jars and folders). */
    public static List<String> jsonFiles(String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = loader().getResources(folder);
            while (dirs.hasMoreElements()) {
                URL dir = dirs.nextElement();
                if ("jar".equals(dir.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) dir.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(folder) && entry.endsWith(".json")
                                    && entry.indexOf('/', folder.length()) < 0) {
                                names.add(entry.substring(folder.length()));
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
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        return List.copyOf(names);
    }

    private static ClassLoader loader() {
        return ClassPathFolders.class.getClassLoader();
    }
}
