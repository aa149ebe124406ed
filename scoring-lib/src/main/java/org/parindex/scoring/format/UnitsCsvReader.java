package org.parindex.scoring.format;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.Unit;
import org.parindex.scoring.ValidationException;

/**
 * Reads a province's units ({@code code,name,level,parent}, header row required; {@code parent} is the code of
 * the enclosing unit or empty). Reports every problem at once with its line: blank code or level, a code used
 * twice, a parent that is not in the file.
 */
public final class UnitsCsvReader {

    static final Set<String> REQUIRED = new java.util.LinkedHashSet<>(List.of("code", "name", "level"));
    static final Set<String> KNOWN = new java.util.LinkedHashSet<>(List.of("code", "name", "level", "parent"));

    private UnitsCsvReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws ValidationException listing every problem with the file and line
     */
    public static List<Unit> read(Path file) {
        Objects.requireNonNull(file, "file == null");
        return read(CsvInput.open(file));
    }

    /** Reads {@code csv} (closed afterwards); {@code sourceName} names it in problems. */
    public static List<Unit> read(String sourceName, Reader csv) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(csv, "csv == null (" + sourceName + ")");
        return read(CsvInput.open(sourceName, csv));
    }

    private static List<Unit> read(CsvInput in) {
        try (in) {
            Map<String, Unit> units = new LinkedHashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            List<Problem> problems = in.forEachRow("a units file", REQUIRED, KNOWN, row -> {
                String code = row.get("code");
                String level = row.get("level");
                if (code == null) {
                    return List.of(Problem.of(ProblemCode.BLANK, "row", "code is blank").on("code", null));
                }
                if (level == null) {
                    return List.of(Problem.of(ProblemCode.BLANK, "unit " + code, "level is blank").on("level", null));
                }
                Integer first = lines.putIfAbsent(code, row.line());
                if (first != null) {
                    return List.of(Problem.of(ProblemCode.DUPLICATE_ROW, "unit " + code, "code is used twice (first on "
                            + "line " + first + ")").on("code", code).with("firstLine", first));
                }
                units.put(code, new Unit(code, row.get("name"), level, row.get("parent")));
                return List.of();
            });
            for (Unit u : units.values()) {
                if (u.parent() != null && !units.containsKey(u.parent())) {
                    problems.add(Problem.of(ProblemCode.UNKNOWN_UNIT, "unit " + u.code(), "parent " + u.parent()
                            + " is not in the file").on("parent", u.parent()).at(in.source(), lines.get(u.code())));
                }
            }
            if (units.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.of("file", "has no units").at(in.source(), 1));
            }
            in.failIfAny(problems);
            return List.copyOf(units.values());
        }
    }

    /** The units by code, or null for null. */
    static Map<String, Unit> byCode(Collection<Unit> units) {
        if (units == null) {
            return null;
        }
        Map<String, Unit> map = new HashMap<>();
        units.forEach(u -> map.putIfAbsent(u.code(), u));
        return map;
    }

    /**
     * The problem with a row about unit {@code code} ({@code unit} as found in the unit list, or null): unknown, or
     * of another level than {@code framework}'s. Shared by the scores and answers readers.
     */
    static java.util.Optional<Problem> unitProblem(Unit unit, String code, String item, Framework framework) {
        if (unit == null) {
            return java.util.Optional.of(Problem.of(ProblemCode.UNKNOWN_UNIT, item, "unknown unit " + code
                    + " (not in the unit list)").on("unit", code));
        }
        if (!unit.level().equals(framework.level())) {
            return java.util.Optional.of(Problem.of(ProblemCode.UNIT_OF_OTHER_LEVEL, item, "unit " + code
                    + " is of level " + unit.level() + ", but framework " + framework.code() + " scores level "
                    + framework.level()).on("unit", code).with("unitLevel", unit.level())
                    .with("frameworkLevel", framework.level()).with("framework", framework.code()));
        }
        return java.util.Optional.empty();
    }
}
