package org.parindex.scoring.format;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
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
 * {@code not_applicable} ({@code true}/{@code false}), {@code evidence}, {@code explanation}.
 */
public final class ScoresCsvReader {

    static final Set<String> REQUIRED = new java.util.LinkedHashSet<>(List.of("unit", "item"));
    static final Set<String> KNOWN = new java.util.LinkedHashSet<>(List.of("unit", "unit_name", "item", "self_score",
            "self_figure", "appraised_score", "appraised_figure", "not_applicable", "evidence", "explanation"));

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
            String source = in.source();
            List<Problem> problems = new ArrayList<>(in.checkColumns("a scores file", REQUIRED, KNOWN));
            if (!problems.isEmpty()) {
                throw new ValidationException(source, problems);
            }
            Map<String, Unit> known = UnitsCsvReader.byCode(units);
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Integer> nameLine = new HashMap<>();
            Map<String, Integer> firstLine = new HashMap<>();
            List<Assessment> rows = new ArrayList<>();
            for (CsvInput.Row row : in.rows()) {
                int line = row.line();
                List<Problem> rowProblems = new ArrayList<>();
                if (!row.isConsistent()) {
                    rowProblems.add(Problem.of("row", "has " + row.size() + " values, the header has "
                            + in.columns().size() + " columns"));
                }
                String unit = row.get("unit");
                String item = row.get("item");
                if (unit == null) {
                    rowProblems.add(Problem.of("row", "unit is blank"));
                }
                if (item == null) {
                    rowProblems.add(Problem.of("row" + (unit == null ? "" : " of unit " + unit), "item is blank"));
                }
                if (unit == null || item == null) {
                    rowProblems.forEach(p -> problems.add(p.at(source, line)));
                    continue;
                }
                String name = "unit " + unit + ", item " + item;
                if (known != null) {
                    Unit u = known.get(unit);
                    if (u == null) {
                        rowProblems.add(Problem.of(name, "unknown unit " + unit + " (not in the unit list)"));
                    } else if (!u.level().equals(framework.level())) {
                        rowProblems.add(Problem.of(name, "unit " + unit + " is of level " + u.level()
                                + ", but framework " + framework.code() + " scores level " + framework.level()));
                    }
                }
                String unitName = row.get("unit_name");
                if (unitName != null) {
                    String before = names.putIfAbsent(unit, unitName);
                    nameLine.putIfAbsent(unit, line);
                    if (before != null && !before.equals(unitName)) {
                        rowProblems.add(Problem.of("unit " + unit, "unit_name \"" + unitName + "\" differs from \""
                                + before + "\" on line " + nameLine.get(unit)));
                    }
                } else {
                    names.putIfAbsent(unit, null);
                }
                BigDecimal selfScore = decimal(row, "self_score", name, rowProblems);
                BigDecimal appraisedScore = decimal(row, "appraised_score", name, rowProblems);
                String selfFigure = row.get("self_figure");
                String appraisedFigure = row.get("appraised_figure");
                if (selfScore != null && selfFigure != null) {
                    rowProblems.add(Problem.of(name, "give self_score or self_figure, not both"));
                    selfFigure = null;
                }
                if (appraisedScore != null && appraisedFigure != null) {
                    rowProblems.add(Problem.of(name, "give appraised_score or appraised_figure, not both"));
                    appraisedFigure = null;
                }
                Boolean notApplicable = bool(row, "not_applicable", name, rowProblems);
                Assessment a = Assessment.builder(unit, item)
                        .selfScore(selfScore).selfFigure(selfFigure)
                        .appraisedScore(appraisedScore).appraisedFigure(appraisedFigure)
                        .notApplicable(Boolean.TRUE.equals(notApplicable))
                        .evidence(row.get("evidence")).explanation(row.get("explanation"))
                        .build();
                rowProblems.addAll(a.problems(framework));
                Integer first = firstLine.putIfAbsent(unit + "\u0000" + item, line);
                if (first != null) {
                    rowProblems.add(Problem.of(name, "is given twice (first on line " + first + ")"));
                }
                rowProblems.forEach(p -> problems.add(p.at(source, line)));
                rows.add(a);
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(source, problems);
            }
            List<Unit> sheetUnits = new ArrayList<>();
            names.forEach((code, unitName) -> sheetUnits.add(known != null && known.containsKey(code)
                    ? known.get(code) : Unit.of(code, unitName, framework.level())));
            return new ScoreSheet(sheetUnits, rows);
        }
    }

    static BigDecimal decimal(CsvInput.Row row, String column, String name, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(name, column + " is not a number: \"" + text + "\""));
            return null;
        }
    }

    private static Boolean bool(CsvInput.Row row, String column, String name, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "x", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "0" -> {
                return Boolean.FALSE;
            }
            default -> {
                problems.add(Problem.of(name, column + " must be true or false: \"" + text + "\""));
                return null;
            }
        }
    }
}
