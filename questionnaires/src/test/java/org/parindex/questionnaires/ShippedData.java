package org.parindex.questionnaires;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.Unit;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.QuestionnaireReader;
import org.parindex.scoring.format.SamplePlanReader;

/**
 * The files this module ships, read from the module folder (the source of truth; the build packages them under
 * {@code parindex/} on the class path). Every loader throws on the first unsound file, naming all its problems.
 */
final class ShippedData {

    /** The module folder: Maven runs tests there. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    private ShippedData() {
    }

    /** Every file of {@code folder} ending in {@code suffix}, sorted, at least one. */
    static List<Path> files(String folder, String suffix) {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no " + suffix + " file in " + ROOT.resolve(folder));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Framework> frameworks() {
        return files("frameworks", ".json").stream().map(FrameworkReader::read)
                .collect(Collectors.toMap(Framework::code, Function.identity()));
    }

    static Map<String, Questionnaire> questionnaires() {
        return files("forms", ".json").stream().map(QuestionnaireReader::read)
                .collect(Collectors.toMap(Questionnaire::code, Function.identity()));
    }

    static Map<String, SamplePlan> samplePlans() {
        return files("sample-plans", ".json").stream().map(SamplePlanReader::read)
                .collect(Collectors.toMap(SamplePlan::code, Function.identity()));
    }

    /** The records of a CSV file with a header row. */
    static List<CSVRecord> csv(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a CSV file. */
    static List<String> header(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return List.of(lines.findFirst().orElseThrow().split(",", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units of a units CSV ({@code code,name,level,parent}). */
    static List<Unit> units(Path file) {
        List<Unit> units = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            units.add(new Unit(r.get("code"), r.get("name"), r.get("level"), r.get("parent")));
        }
        return units;
    }

    /** The units file a plan names. */
    static List<Unit> unitsOf(SamplePlan plan) {
        return units(ROOT.resolve(plan.unitsPath().orElseThrow(() ->
                new AssertionError("plan " + plan.code() + " names no units file"))));
    }
}
