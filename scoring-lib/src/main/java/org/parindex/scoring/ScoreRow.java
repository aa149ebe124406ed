package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a scores file, read from its cells: the rule shared by {@code ScoresCsvReader} and by applications
 * that take the same rows from a spreadsheet or a form. It reads the values (numbers with {@link DecimalText}, so
 * {@code 7,5} is 7.5; {@code not_applicable} with {@link YesNo}, so {@code có}/{@code không} are accepted) and
 * reports, as structured {@link Problem}s, blank {@code unit}/{@code item}, unreadable numbers and yes/no words, and
 * a score given together with a figure. Whether the values fit a framework is then
 * {@link Assessment#problems(Framework)}; whether the unit exists and whether a row is repeated depend on the
 * caller's context and are left to it.
 *
 * <pre>{@code
 * ScoreRow row = ScoreRow.read(Map.of("unit", "SO_X", "item", "1.1", "appraised_score", "0,5"));
 * List<Problem> problems = new ArrayList<>(row.problems());
 * row.assessment().ifPresent(a -> problems.addAll(a.problems(framework)));
 * }</pre>
 *
 * @param assessment the row's values, when {@code unit} and {@code item} are given (a value that could not be read
 *                   is left out of it)
 * @param problems   what is wrong with the cells, without file or line (add them with {@link Problem#at})
 */
public record ScoreRow(Optional<Assessment> assessment, List<Problem> problems) {

    /** The columns a scores row may have, in the file format's order. */
    public static final List<String> COLUMNS = List.of("unit", "unit_name", "item", "self_score", "self_figure",
            "appraised_score", "appraised_figure", "not_applicable", "evidence", "explanation");

    /** Checks and copies the components. */
    public ScoreRow {
        Objects.requireNonNull(assessment, "assessment == null");
        problems = List.copyOf(problems);
    }

    /**
     * Reads the cells of one row, keyed by the column names of {@link #COLUMNS}; missing keys and blank values
     * are absent values. Values are stripped.
     */
    public static ScoreRow read(Map<String, String> cells) {
        Objects.requireNonNull(cells, "cells == null");
        return read(cells::get);
    }

    /** As {@link #read(Map)}, with the cells given by a function from column name to value (or null). */
    public static ScoreRow read(Function<String, String> cells) {
        Objects.requireNonNull(cells, "cells == null");
        List<Problem> problems = new ArrayList<>(0);
        String unit = text(cells, "unit");
        String item = text(cells, "item");
        if (unit == null) {
            problems.add(Problem.of(ProblemCode.BLANK, "row", "unit is blank").on("unit", null));
        }
        if (item == null) {
            problems.add(Problem.of(ProblemCode.BLANK, "row" + (unit == null ? "" : " of unit " + unit),
                    "item is blank").on("item", null));
        }
        String name = "unit " + unit + ", item " + item;
        BigDecimal selfScore = decimal(cells, "self_score", name, problems);
        BigDecimal appraisedScore = decimal(cells, "appraised_score", name, problems);
        String selfFigure = text(cells, "self_figure");
        String appraisedFigure = text(cells, "appraised_figure");
        if (selfScore != null && selfFigure != null) {
            problems.add(bothGiven(name, "self", selfFigure));
            selfFigure = null;
        }
        if (appraisedScore != null && appraisedFigure != null) {
            problems.add(bothGiven(name, "appraised", appraisedFigure));
            appraisedFigure = null;
        }
        Boolean notApplicable = yesNo(cells, "not_applicable", name, problems);
        if (unit == null || item == null) {
            return new ScoreRow(Optional.empty(), problems);
        }
        Assessment a = Assessment.builder(unit, item)
                .selfScore(selfScore).selfFigure(selfFigure)
                .appraisedScore(appraisedScore).appraisedFigure(appraisedFigure)
                .notApplicable(Boolean.TRUE.equals(notApplicable))
                .evidence(text(cells, "evidence")).explanation(text(cells, "explanation"))
                .build();
        return new ScoreRow(Optional.of(a), problems);
    }

    private static Problem bothGiven(String name, String side, String figure) {
        return Problem.of(ProblemCode.SCORE_AND_FIGURE, name, "give " + side + "_score or " + side
                + "_figure, not both").on(side + "_figure", figure).with("side", side);
    }

    private static String text(Function<String, String> cells, String column) {
        String v = cells.apply(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static BigDecimal decimal(Function<String, String> cells, String column, String name,
                                      List<Problem> problems) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        try {
            return DecimalText.parse(text);
        } catch (DecimalText.Invalid e) {
            problems.add(DecimalText.problem(e, name, column));
            return null;
        }
    }

    private static Boolean yesNo(Function<String, String> cells, String column, String name, List<Problem> problems) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        Optional<Boolean> value = YesNo.parse(text);
        if (value.isEmpty()) {
            problems.add(Problem.of(ProblemCode.NOT_YES_NO, name, column + " must be true or false: \""
                    + Problem.cut(text) + "\"").on(column, text));
        }
        return value.orElse(null);
    }
}
