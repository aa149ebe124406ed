package org.parindex.scoring.format;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ScoreRow;
import org.parindex.scoring.Unit;
import org.parindex.scoring.ValidationException;

/**
 * Reads a scores file (self-assessment and appraisal, one row per unit and leaf) and checks every row against the
 * framework: unknown items, values on SURVEY items, unreadable figures, points below 0 or above the max, rows
 * given twice, both a score and a figure for one side. Every problem of the file is reported at once, with its
 * line.
 *
 * <p>Columns, in any order, header row required: {@code unit}, {@code item} (required); {@code unit_name},
 * {@code self_score}, {@code self_figure}, {@code appraised_score}, {@code appraised_figure},
 * {@code not_applicable}, {@code evidence}, {@code explanation}. Each row is read by {@link ScoreRow}: numbers
 * with a decimal point or a decimal comma ({@code 7,5}; quote it in CSV: {@code "7,5"}), bounded by
 * {@link org.parindex.scoring.DecimalText}; {@code not_applicable} as {@code true}/{@code false}, {@code yes}/{@code no},
 * {@code x}, {@code 1}/{@code 0} or {@code có}/{@code không} ({@link org.parindex.scoring.YesNo}). Every
 * {@link Problem} carries a {@link ProblemCode}, the field and the value, for applications with their own messages.
 */
public final class ScoresCsvReader {

    static final Set<String> REQUIRED = new java.util.LinkedHashSet<>(List.of("unit", "item"));
    static final Set<String> KNOWN = new java.util.LinkedHashSet<>(ScoreRow.COLUMNS);

    private ScoresCsvReader() {
    }

    /**
     * Reads {@code file} for {@code framework}.
     *
     * @throws ValidationException listing every problem with the file and line
     */
    public static ScoreSheet read(Path file, Framework framework) {
        Objects.requireNonNull(file, "file == null");
        return read(CsvInput.open(file), framework, null);
    }

    /**
     * Reads {@code file} for {@code framework}, also reporting rows about units not in {@code units} (or not of
     * the framework's level).
     */
    public static ScoreSheet read(Path file, Framework framework, Collection<Unit> units) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(units, "units == null");
        return read(CsvInput.open(file), framework, units);
    }

    /** Reads {@code csv} (closed afterwards); {@code sourceName} names it in problems. */
    public static ScoreSheet read(String sourceName, Reader csv, Framework framework) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(csv, "csv == null (" + sourceName + ")");
        return read(CsvInput.open(sourceName, csv), framework, null);
    }

    /**
     * The units a scores file names (from its {@code unit} and {@code unit_name} columns, at the framework's level),
     * in order of first appearance, without checking anything else: lets a caller check an answers file against
     * the units of a scores file that has problems of its own.
     *
     * @throws ValidationException if the file cannot be read or has no {@code unit} column
     */
    public static List<Unit> units(Path file, Framework framework) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(framework, "framework == null");
        try (CsvInput in = CsvInput.open(file)) {
            List<Problem> problems = in.checkColumns("a scores file", Set.of("unit"), KNOWN);
            if (!in.columns().contains("unit")) {
                throw new ValidationException(in.source(), problems);
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (CsvInput.Row row : in.rows()) {
                String unit = row.get("unit");
                if (unit != null && (!names.containsKey(unit) || names.get(unit) == null)) {
                    names.put(unit, row.get("unit_name"));
                }
            }
            List<Unit> list = new ArrayList<>();
            names.forEach((code, name) -> list.add(Unit.of(code, name, framework.level())));
            return list;
        }
    }

    private static ScoreSheet read(CsvInput in, Framework framework, Collection<Unit> units) {
        Objects.requireNonNull(framework, "framework == null");
        try (in) {
            Map<String, Unit> known = UnitsCsvReader.byCode(units);
            Rows rows = new Rows(framework, known);
            in.failIfAny(in.forEachRow("a scores file", REQUIRED, KNOWN, rows::add));
            List<Unit> sheetUnits = new ArrayList<>();
            rows.names.forEach((code, unitName) -> sheetUnits.add(known != null && known.containsKey(code)
                    ? known.get(code) : Unit.of(code, unitName, framework.level())));
            return new ScoreSheet(sheetUnits, rows.assessments);
        }
    }

    /** The rows read so far: one method per row keeps the loop small for the JIT. */
    private static final class Rows {
        final Framework framework;
        final Map<String, Unit> known;
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, Integer> nameLine = new HashMap<>();
        final FirstLines firstLine = new FirstLines();
        final List<Assessment> assessments = new ArrayList<>();

        Rows(Framework framework, Map<String, Unit> known) {
            this.framework = framework;
            this.known = known;
        }

        /** Keeps the row's assessment when it has one; returns the row's problems. */
        List<Problem> add(CsvInput.Row row) {
            int line = row.line();
            ScoreRow read = ScoreRow.read(row::get);
            List<Problem> rowProblems = new ArrayList<>(read.problems());
            if (read.assessment().isEmpty()) {
                return rowProblems;
            }
            Assessment a = read.assessment().get();
            String unit = a.unit();
            String item = a.item();
            if (known != null) {
                UnitsCsvReader.unitProblem(known.get(unit), unit, "unit " + unit + ", item " + item, framework)
                        .ifPresent(rowProblems::add);
            }
            name(unit, row.get("unit_name"), line, rowProblems);
            rowProblems.addAll(a.problems(framework));
            int first = firstLine.putIfAbsent(unit, item, null, null, line);
            if (first != 0) {
                rowProblems.add(Problem.of(ProblemCode.DUPLICATE_ROW, "unit " + unit + ", item " + item,
                        "is given twice (first on line " + first + ")").on("item", item).with("firstLine", first));
            }
            assessments.add(a);
            return rowProblems;
        }

        private void name(String unit, String unitName, int line, List<Problem> rowProblems) {
            if (unitName == null) {
                names.putIfAbsent(unit, null);
                return;
            }
            String before = names.putIfAbsent(unit, unitName);
            nameLine.putIfAbsent(unit, line);
            if (before != null && !before.equals(unitName)) {
                rowProblems.add(Problem.of(ProblemCode.UNIT_NAME_DIFFERS, "unit " + unit, "unit_name \""
                        + unitName + "\" differs from \"" + before + "\" on line " + nameLine.get(unit))
                        .on("unit_name", unitName).with("first", before).with("firstLine", nameLine.get(unit)));
            }
        }
    }
}
