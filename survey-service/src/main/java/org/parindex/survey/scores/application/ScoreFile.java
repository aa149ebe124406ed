package org.parindex.survey.scores.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ScoreRow;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.tabular.TableReader;

/**
 * A scores file: the columns of scoring-lib's scores CSV ({@code unit, unit_name, item, self_score, self_figure,
 * appraised_score, appraised_figure, not_applicable, evidence, explanation}, Vietnamese headers accepted), in CSV
 * or XLSX, checked row by row against the framework of each unit's level. Reading the cells and checking them
 * against the framework are scoring-lib's ({@link ScoreRow}, {@link Assessment#problems(Framework)}), whose
 * structured problems {@link ScoreProblems} puts in Vietnamese; only what needs the campaign (does the unit exist,
 * is its level scored, is a row repeated) is checked here.
 */
public final class ScoreFile {

    /** Canonical columns and the header spellings accepted for each. */
    public static final TableReader READER = new TableReader(Map.of(
            "unit", List.of("unit_code", "mã đơn vị", "ma don vi", "đơn vị"),
            "unit_name", List.of("tên đơn vị", "ten don vi"),
            "item", List.of("item_code", "criterion", "tiêu chí", "mã tiêu chí", "ma tieu chi", "tiêu chí thành phần"),
            "self_score", List.of("điểm tự đánh giá", "tự chấm", "tự đánh giá", "diem tu danh gia"),
            "self_figure", List.of("số liệu tự đánh giá", "kết quả tự đánh giá"),
            "appraised_score", List.of("điểm thẩm định", "thẩm định", "diem tham dinh"),
            "appraised_figure", List.of("số liệu thẩm định", "kết quả thẩm định"),
            "not_applicable", List.of("không áp dụng", "khong ap dung", "n/a"),
            "evidence", List.of("tài liệu kiểm chứng", "tai lieu kiem chung", "minh chứng"),
            "explanation", List.of("giải trình", "giai trinh")));

    /** Columns a scores file must have. */
    public static final Set<String> REQUIRED = Set.of("unit", "item");

    private ScoreFile() {
    }

    /**
     * What the campaign knows to check rows against.
     *
     * @param levelOfUnit      level code of every unit of the campaign, by unit code
     * @param frameworkOfLevel the framework of every rated level, by level code
     * @param existing         the rows already stored, by {@code unit/item}
     */
    public record Context(Map<String, String> levelOfUnit, Map<String, Framework> frameworkOfLevel,
                         Map<String, Assessment> existing) {
    }

    /**
     * The outcome of checking a file.
     *
     * @param results  one result per row, in file order
     * @param accepted the rows without errors, as assessments, in file order
     */
    public record Checked(List<RowResult> results, List<Assessment> accepted) {
    }

    /** Checks every row of {@code table}. */
    public static Checked check(Table table, Context context) {
        List<RowResult> results = new ArrayList<>();
        List<Assessment> accepted = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (Table.Row row : table.rows()) {
            String unit = row.get("unit");
            String item = row.get("item");
            String key = (unit.isEmpty() ? "—" : unit) + " / " + (item.isEmpty() ? "—" : item);
            List<FieldError> errors = new ArrayList<>();
            Optional<Assessment> a = checkRow(row, context, errors);
            if (a.isPresent()) {
                Integer earlier = rowOfKey.putIfAbsent(unit + "/" + item, row.number());
                if (earlier != null) {
                    errors.add(FieldError.atRow(row.number(), "item", "đơn vị " + unit + ", tiêu chí " + item
                            + " đã có ở dòng " + earlier, item));
                }
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(row.number(), Outcome.REJECTED, key, errors));
                continue;
            }
            Assessment value = a.orElseThrow();
            accepted.add(value);
            Assessment before = context.existing().get(unit + "/" + item);
            Outcome outcome = before == null ? Outcome.CREATED
                    : ScoreEntry.normalised(before).equals(ScoreEntry.normalised(value)) ? Outcome.UNCHANGED
                    : Outcome.UPDATED;
            results.add(new RowResult(row.number(), outcome, key, List.of()));
        }
        return new Checked(results, accepted);
    }

    private static Optional<Assessment> checkRow(Table.Row row, Context context, List<FieldError> errors) {
        int n = row.number();
        String unit = row.get("unit");
        Framework framework = null;
        if (!unit.isEmpty()) {
            String level = context.levelOfUnit().get(unit);
            if (level == null) {
                errors.add(FieldError.atRow(n, "unit", "không có đơn vị mã " + unit + " trong đợt đánh giá", unit));
            } else {
                framework = context.frameworkOfLevel().get(level);
                if (framework == null) {
                    errors.add(FieldError.atRow(n, "unit", "đơn vị " + unit + " thuộc cấp " + level
                            + ", cấp không được chấm điểm trong đợt đánh giá", unit));
                }
            }
        }
        // Reading the cells (numbers with a decimal comma, có/không, a score beside a figure) is scoring-lib's;
        // a level written in words ("Ban hành chậm so với thời hạn") is first turned into its code (LATE).
        Framework rules = framework;
        ScoreRow read = ScoreRow.read(column -> column.endsWith("_figure") && rules != null
                ? levelCode(rules, row.get("item"), row.get(column)) : row.get(column));
        read.problems().forEach(p -> errors.add(fieldError(n, p)));
        if (!errors.isEmpty() || framework == null || read.assessment().isEmpty()) {
            return Optional.empty();
        }
        Assessment a = read.assessment().get();
        errors.addAll(problems(n, a, framework));
        return errors.isEmpty() ? Optional.of(a) : Optional.empty();
    }

    /**
     * What does not fit the framework in one assessment ({@link Assessment#problems(Framework)}, scoring-lib's
     * rule), as field errors of row {@code row} (or of the request's fields when {@code row} is {@code null}).
     */
    public static List<FieldError> problems(Integer row, Assessment a, Framework framework) {
        return a.problems(framework).stream().map(p -> new FieldError(p.fieldName().orElse("item"),
                ScoreProblems.vietnamese(p, framework.leaf(a.item())), row, p.value())).toList();
    }

    /**
     * scoring-lib's problems (e.g. of {@link ScoreRow#read}) as field errors of row {@code row} (or of the request's
     * fields when {@code row} is {@code null}), in Vietnamese: the one translation of a score problem.
     */
    public static List<FieldError> fieldErrors(Integer row, List<Problem> problems) {
        return problems.stream().map(p -> fieldError(row, p)).toList();
    }

    private static FieldError fieldError(Integer row, Problem p) {
        return new FieldError(p.fieldName().orElse("item"), ScoreProblems.vietnamese(p), row, p.value());
    }

    /**
     * The code of the level whose label is {@code figure} (same letters, any case) in the levels of leaf {@code
     * item}, else {@code figure} as it is: people write the levels' words, the file format wants codes.
     */
    static String levelCode(Framework framework, String item, String figure) {
        if (figure == null || figure.isBlank() || item == null) {
            return figure;
        }
        String wanted = Normalizer.normalize(figure.strip(), Normalizer.Form.NFC);
        return framework.leaf(item.strip()).map(Leaf::rule)
                .filter(AwardRule.Levels.class::isInstance).map(AwardRule.Levels.class::cast)
                .flatMap(levels -> levels.levels().stream().filter(l -> l.label().equalsIgnoreCase(wanted))
                        .findFirst())
                .map(AwardRule.Level::code).orElse(figure);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
