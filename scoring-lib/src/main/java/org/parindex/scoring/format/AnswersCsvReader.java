package org.parindex.scoring.format;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.Unit;
import org.parindex.scoring.ValidationException;

/**
 * Reads tallied survey answers ({@code unit,item,group,option,count}, one row per unit, SURVEY leaf, respondent
 * group and option) into a {@link SurveyTally}, checking every row against the framework: unknown items, items
 * that are not SURVEY leaves, options not on the leaf's scale, counts that are not whole numbers ≥ 0, a missing
 * group under {@code GROUP_MEAN}, a row given twice. Every problem is reported at once, with its line.
 *
 * <p>The {@code group} column may be left out (or empty) unless the framework weighs groups.
 */
public final class AnswersCsvReader {

    static final Set<String> REQUIRED = new java.util.LinkedHashSet<>(List.of("unit", "item", "option", "count"));
    static final Set<String> KNOWN = new java.util.LinkedHashSet<>(List.of("unit", "item", "group", "option",
            "count"));

    /**
     * Largest count of one row: 100 million answers to one option of one item in one unit, far above any real
     * survey, and small enough that sums stay exact.
     */
    public static final long MAX_COUNT = 100_000_000L;
    private static final int MAX_COUNT_DIGITS = 18;

    private AnswersCsvReader() {
    }

    /**
     * Reads {@code file} for {@code framework}.
     *
     * @throws ValidationException listing every problem with the file and line
     */
    public static SurveyTally read(Path file, Framework framework) {
        Objects.requireNonNull(file, "file == null");
        return read(CsvInput.open(file), framework, null);
    }

    /**
     * Reads {@code file} for {@code framework}, also reporting answers about units not in {@code units} (or not
     * of the framework's level).
     */
    public static SurveyTally read(Path file, Framework framework, Collection<Unit> units) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(units, "units == null");
        return read(CsvInput.open(file), framework, units);
    }

    /** Reads {@code csv} (closed afterwards); {@code sourceName} names it in problems. */
    public static SurveyTally read(String sourceName, Reader csv, Framework framework) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(csv, "csv == null (" + sourceName + ")");
        return read(CsvInput.open(sourceName, csv), framework, null);
    }

    private static SurveyTally read(CsvInput in, Framework framework, Collection<Unit> units) {
        Objects.requireNonNull(framework, "framework == null");
        try (in) {
            Rows rows = new Rows(framework, UnitsCsvReader.byCode(units));
            in.failIfAny(in.forEachRow("an answers file", REQUIRED, KNOWN, rows::add));
            return rows.tally.build();
        }
    }

    /** The rows read so far: one method per row keeps the loop small for the JIT. */
    private static final class Rows {
        final Framework framework;
        final Map<String, Unit> known;
        final FirstLines firstLine = new FirstLines();
        final SurveyTally.Builder tally = SurveyTally.builder();

        Rows(Framework framework, Map<String, Unit> known) {
            this.framework = framework;
            this.known = known;
        }

        /** Adds the row to the tally when it has no problem; returns its problems. */
        List<Problem> add(CsvInput.Row row) {
            int line = row.line();
            List<Problem> rowProblems = new ArrayList<>(0);
            String unit = row.get("unit");
            String item = row.get("item");
            String group = row.get("group");
            String option = row.get("option");
            String countText = row.get("count");
            blank(unit, "unit", rowProblems);
            blank(item, "item", rowProblems);
            blank(option, "option", rowProblems);
            blank(countText, "count", rowProblems);
            if (unit == null || item == null || option == null || countText == null) {
                return rowProblems;
            }
            String name = "answers for unit " + unit + ", item " + item;
            if (known != null) {
                UnitsCsvReader.unitProblem(known.get(unit), unit, name, framework).ifPresent(rowProblems::add);
            }
            Long count = count(countText, name, option, rowProblems);
            rowProblems.addAll(new TallyCount(unit, item, group, option, count == null ? 0 : count)
                    .problems(framework));
            int first = firstLine.putIfAbsent(unit, item, group, option, line);
            if (first != 0) {
                rowProblems.add(Problem.of(ProblemCode.DUPLICATE_ROW, name, "group " + (group == null ? "(none)"
                        : group) + ", option " + option + " is given twice (first on line " + first + ")")
                        .on("option", option).with("firstLine", first));
            }
            if (rowProblems.isEmpty()) {
                tally.add(unit, item, group, option, count);
            }
            return rowProblems;
        }

        private static void blank(String value, String column, List<Problem> rowProblems) {
            if (value == null) {
                rowProblems.add(Problem.of(ProblemCode.BLANK, "row", column + " is blank").on(column, null));
            }
        }
    }

    private static Long count(String text, String name, String option, List<Problem> problems) {
        if (text.length() > MAX_COUNT_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            boolean digits = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
            boolean negative = text.length() > 1 && text.startsWith("-")
                    && text.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
            String why = digits ? "is above " + MAX_COUNT + ": " + cut(text)
                    : negative ? "is negative: " + cut(text)
                    : "is not a whole number: \"" + cut(text) + "\"";
            problems.add(Problem.of(digits ? ProblemCode.NUMBER_OUT_OF_BOUNDS : ProblemCode.NOT_A_COUNT, name,
                    "count of option " + option + " " + why)
                    .on("count", text).with("max", MAX_COUNT));
            return null;
        }
        long count = Long.parseLong(text);
        if (count > MAX_COUNT) {
            problems.add(Problem.of(ProblemCode.NUMBER_OUT_OF_BOUNDS, name, "count of option " + option + " is above "
                    + MAX_COUNT + ": " + text).on("count", text).with("max", MAX_COUNT));
            return null;
        }
        return count;
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
