package org.parindex.survey.shipped;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.Unit;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.QuestionnaireReader;
import org.parindex.scoring.format.SamplePlanReader;
import org.parindex.scoring.format.UnitsCsvReader;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/**
 * The one catalogue of the data shipped in the {@code questionnaires} module: frameworks
 * ({@code parindex/frameworks/*.json}) and questionnaire forms ({@code parindex/forms/*.json}) by code, read once
 * on first use, each framework kept with the exact text it was parsed from (a publication stores it, so that it can
 * be scored again later); sample plans ({@code parindex/sample-plans/<name>.json}) by name, with the units of their
 * province ({@code parindex/units/…}).
 */
@ApplicationScoped
public class ShippedData {

    static final String ROOT = "parindex/";
    static final String FORMS = ROOT + "forms/";
    static final String FRAMEWORKS = ROOT + "frameworks/";
    static final String PLANS = ROOT + "sample-plans/";
    private static final String JSON = ".json";
    private static final Pattern PLAN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    /**
     * A shipped file, parsed.
     *
     * @param model    what it says
     * @param text     its text, as shipped
     * @param resource where it is on the class path
     */
    public record Shipped<T>(T model, String text, String resource) {

        public Shipped {
            Objects.requireNonNull(model, "model == null");
            Objects.requireNonNull(text, "text == null");
            Objects.requireNonNull(resource, "resource == null");
        }
    }

    /** A sample plan as shipped, with the units of its province (empty when the plan names no units file). */
    public record ShippedPlan(String name, SamplePlan plan, List<Unit> units) {

        public ShippedPlan {
            units = List.copyOf(units);
        }
    }

    private volatile Map<String, Shipped<Questionnaire>> forms;
    private volatile Map<String, Shipped<Framework>> frameworks;

    /** The questionnaire form with this code, e.g. {@code HD-2023-P01}, if shipped. */
    public Optional<Questionnaire> questionnaire(String code) {
        if (forms == null) {
            forms = load(FORMS, QuestionnaireReader::read, Questionnaire::code);
        }
        return Optional.ofNullable(forms.get(code)).map(Shipped::model);
    }

    /** The framework with this code, e.g. {@code HD-3396-SO}, if shipped. */
    public Optional<Framework> framework(String code) {
        return shippedFramework(code).map(Shipped::model);
    }

    /** The framework with this code and the text it was read from, if shipped. */
    public Optional<Shipped<Framework>> shippedFramework(String code) {
        if (frameworks == null) {
            frameworks = load(FRAMEWORKS, FrameworkReader::read, Framework::code);
        }
        return Optional.ofNullable(frameworks.get(code));
    }

    /** The names of the shipped sample plans (file names without {@code .json}), sorted. */
    public List<String> samplePlanNames() {
        return jsonFiles(PLANS).stream().map(f -> f.substring(0, f.length() - JSON.length())).toList();
    }

    /**
     * The shipped sample plan {@code name}, e.g. {@code haiduong-2023}, read and checked, with its units; empty when
     * there is no such plan.
     *
     * @throws InvalidInputException when the plan or its units are not sound (a broken shipped file)
     */
    public Optional<ShippedPlan> samplePlan(String name) {
        if (name == null || !PLAN_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String resource = PLANS + name + JSON;
        Optional<String> text = text(resource);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SamplePlan plan;
        try {
            plan = SamplePlanReader.read(resource, new StringReader(text.get()));
        } catch (org.parindex.scoring.ValidationException e) {
            throw new InvalidInputException("Kế hoạch chọn mẫu " + name + " không hợp lệ.", e.problems().stream()
                    .map(p -> FieldError.of("samplePlan", p.toString())).toList());
        }
        return Optional.of(new ShippedPlan(name, plan, plan.unitsPath().map(ShippedData::units).orElse(List.of())));
    }

    private static List<Unit> units(String relative) {
        String resource = ROOT + relative;
        String text = text(resource).orElseThrow(
                () -> InvalidInputException.of("samplePlan", "thiếu tệp đơn vị " + resource));
        // scoring-lib owns the units format (code,name,level,parent); a shipped file that breaks it is a build error
        return UnitsCsvReader.read(resource, new StringReader(text));
    }

    private static <T> Map<String, Shipped<T>> load(String folder, BiFunction<String, StringReader, T> reader,
                                                    Function<T, String> code) {
        Map<String, Shipped<T>> byCode = new HashMap<>();
        for (String name : jsonFiles(folder)) {
            String resource = folder + name;
            String text = text(resource).orElseThrow(() -> new IllegalStateException("cannot read " + resource));
            T model = reader.apply(resource, new StringReader(text));
            if (byCode.put(code.apply(model), new Shipped<>(model, text, resource)) != null) {
                throw new IllegalStateException("two files under " + folder + " have code " + code.apply(model));
            }
        }
        return Map.copyOf(byCode);
    }

    /** The text of a class-path resource (UTF-8), if there is one. */
    private static Optional<String> text(String resource) {
        URL url = loader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The names of the JSON files directly in {@code folder} on the class path (in jars and folders), sorted. */
    static List<String> jsonFiles(String folder) {
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
                            if (entry.startsWith(folder) && entry.endsWith(JSON)
                                    && entry.indexOf('/', folder.length()) < 0) {
                                names.add(entry.substring(folder.length()));
                            }
                        }
                    }
                } else if ("file".equals(dir.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(JSON))
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
        return ShippedData.class.getClassLoader();
    }
}
