package org.parindex.survey.campaign.application;

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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.Unit;
import org.parindex.scoring.format.SamplePlanReader;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.unit.application.UnitFile;

/**
 * The sample plans shipped in the {@code questionnaires} module, found on the class path under
 * {@code parindex/sample-plans/}, each with the units of its province ({@code parindex/units/…}) when the plan
 * names a units file. A plan is addressed by its file name without {@code .json}, e.g. {@code haiduong-2023}.
 */
@ApplicationScoped
public class SamplePlanCatalog {

    static final String ROOT = "parindex/";
    static final String PLANS = ROOT + "sample-plans/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    /** A plan as shipped, with the units of its province (empty when the plan names no units file). */
    public record ShippedPlan(String name, SamplePlan plan, List<Unit> units) {
    }

    /** The names of the shipped plans, sorted. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        ClassLoader loader = loader();
        try {
            Enumeration<URL> dirs = loader.getResources(PLANS);
            while (dirs.hasMoreElements()) {
                URL dir = dirs.nextElement();
                if ("jar".equals(dir.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) dir.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(PLANS) && entry.endsWith(".json")
                                    && entry.indexOf('/', PLANS.length()) < 0) {
                                names.add(entry.substring(PLANS.length(), entry.length() - ".json".length()));
                            }
                        }
                    }
                } else if ("file".equals(dir.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                                .forEach(f -> names.add(f.substring(0, f.length() - ".json".length())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PLANS, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + PLANS, e);
        }
        return List.copyOf(names);
    }

    /**
     * The shipped plan {@code name}, read and checked, with its units; empty when there is no such plan.
     *
     * @throws InvalidInputException when the plan or its units are not sound (a broken shipped file)
     */
    public Optional<ShippedPlan> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String resource = PLANS + name + ".json";
        URL url = loader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        SamplePlan plan;
        try (InputStream in = url.openStream()) {
            plan = SamplePlanReader.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (org.parindex.scoring.ValidationException e) {
            throw new InvalidInputException("Kế hoạch chọn mẫu " + name + " không hợp lệ.", e.problems().stream()
                    .map(p -> FieldError.of("samplePlan", p.toString())).toList());
        }
        List<Unit> units = plan.unitsPath().map(this::units).orElse(List.of());
        return Optional.of(new ShippedPlan(name, plan, units));
    }

    private List<Unit> units(String relative) {
        String resource = ROOT + relative;
        URL url = loader().getResource(resource);
        if (url == null) {
            throw InvalidInputException.of("samplePlan", "thiếu tệp đơn vị " + resource);
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Table table = UnitFile.READER.read(bytes);
        List<Unit> units = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            units.add(new Unit(row.get("code"), row.get("name"), row.get("level"), row.get("parent")));
        }
        return units;
    }

    private static ClassLoader loader() {
        return SamplePlanCatalog.class.getClassLoader();
    }
}
