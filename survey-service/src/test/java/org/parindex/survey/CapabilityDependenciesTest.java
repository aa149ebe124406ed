package org.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md promises no dependency cycles between capabilities (the first package below
 * {@code org.parindex.survey}): this reads the imports of every main source file and fails on the first cycle,
 * naming it and a file of each edge.
 */
class CapabilityDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/parindex/survey");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.parindex\\.survey\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() throws IOException {
        Map<String, Map<String, Path>> edges = edges();
        assertThat(edges).as("capabilities read from " + SOURCES).containsKeys("platform", "campaign", "api");
        List<String> cycle = firstCycle(edges);
        assertThat(cycle).as(() -> "a dependency cycle: " + String.join(" -> ", cycle) + " (" + witnesses(edges, cycle)
                + ")").isEmpty();
    }

    @Test
    void thePlatformDependsOnNoCapabilityAndNothingDependsOnTheCompositionRoot() throws IOException {
        Map<String, Map<String, Path>> edges = edges();
        assertThat(edges.get("platform").keySet()).as("platform's dependencies").isSubsetOf(Set.of("problem"));
        edges.forEach((from, to) -> assertThat(to).as(from + " depends on api").doesNotContainKey("api"));
    }

    /** capability → capability it imports → one file that does. */
    private static Map<String, Map<String, Path>> edges() throws IOException {
        Map<String, Map<String, Path>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Map<String, Path> to = edges.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.putIfAbsent(m.group(1), relative);
                    }
                }
            }
        }
        return edges;
    }

    private static List<String> firstCycle(Map<String, Map<String, Path>> edges) {
        Set<String> done = new TreeSet<>();
        for (String start : edges.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            List<String> cycle = visit(start, edges, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Map<String, Path>> edges, Deque<String> path,
            Set<String> done) {
        if (path.contains(node)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String n = it.next();
                in |= n.equals(node);
                if (in) {
                    cycle.add(n);
                }
            }
            cycle.add(node);
            return cycle;
        }
        if (!done.add(node)) {
            return List.of();
        }
        path.push(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            List<String> cycle = visit(next, edges, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.pop();
        return List.of();
    }

    private static String witnesses(Map<String, Map<String, Path>> edges, List<String> cycle) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            files.add(edges.get(cycle.get(i)).get(cycle.get(i + 1)).toString());
        }
        return String.join(", ", files);
    }
}
