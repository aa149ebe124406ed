package org.parindex.survey.scores.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Problem;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.tabular.TableReader;

/**
 * A scores file: the columns of scoring-lib's scores CSV ({@code unit, unit_name, item, self_score, self_figure,
 * appraised_score, appraised_figure, not_applicable, evidence, explanation}, Vietnamese headers accepted), in CSV
 * or XLSX, checked row by row against the framework of each unit's level. The checks are scoring-lib's
 * ({@link Assessment#problems(Framework)}), with Vietnamese messages for the common ones.
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
        String item = row.get("item");
        Framework framework = null;
        if (unit.isEmpty()) {
            errors.add(FieldError.atRow(n, "unit", "thiếu mã đơn vị", null));
        } else {
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
        if (item.isEmpty()) {
            errors.add(FieldError.atRow(n, "item", "thiếu mã tiêu chí", null));
        }
        BigDecimal selfScore = decimal(row, "self_score", errors);
        BigDecimal appraisedScore = decimal(row, "appraised_score", errors);
        String selfFigure = blankToNull(row.get("self_figure"));
        String appraisedFigure = blankToNull(row.get("appraised_figure"));
        if (selfScore != null && selfFigure != null) {
            errors.add(FieldError.atRow(n, "self_figure", "chỉ nhập một trong hai: self_score hoặc self_figure",
                    selfFigure));
        }
        if (appraisedScore != null && appraisedFigure != null) {
            errors.add(FieldError.atRow(n, "appraised_figure",
                    "chỉ nhập một trong hai: appraised_score hoặc appraised_figure", appraisedFigure));
        }
        Boolean notApplicable = bool(row, "not_applicable", errors);
        if (!errors.isEmpty() || framework == null) {
            return Optional.empty();
        }
        Assessment a = Assessment.builder(unit, item).selfScore(selfScore).selfFigure(selfFigure)
                .appraisedScore(appraisedScore).appraisedFigure(appraisedFigure)
                .notApplicable(Boolean.TRUE.equals(notApplicable))
                .evidence(blankToNull(row.get("evidence"))).explanation(blankToNull(row.get("explanation")))
                .build();
        errors.addAll(problems(n, a, framework));
        return errors.isEmpty() ? Optional.of(a) : Optional.empty();
    }

    /**
     * What does not fit the framework in one assessment, as field errors of row {@code row} (or of the request's
     * fields when {@code row} is {@code null}): Vietnamese messages for an unknown leaf, points on a SURVEY leaf,
     * points out of range and figures without a rule; scoring-lib's own message for a figure its rule cannot read.
     */
    public static List<FieldError> problems(Integer row, Assessment a, Framework framework) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Leaf> found = framework.leaf(a.item());
        if (found.isEmpty()) {
            boolean parent = framework.criterion(a.item()).isPresent() || framework.area(a.item()).isPresent();
            errors.add(new FieldError("item", "không có tiêu chí (thành phần) mã " + a.item() + " trong bộ chỉ số "
                    + framework.code() + (parent ? ": mục này có tiêu chí thành phần, hãy chấm từng tiêu chí thành phần"
                    : ""), row, a.item()));
            return errors;
        }
        Leaf leaf = found.get();
        if (leaf.isSurvey()) {
            if (a.hasSelfValue() || a.hasAppraisedValue()) {
                errors.add(new FieldError("item", "tiêu chí " + a.item() + " được chấm bằng điều tra xã hội học: "
                        + "không nhập điểm (chỉ có thể đánh dấu not_applicable)", row, a.item()));
            }
            return errors;
        }
        side(row, leaf, "self", "tự đánh giá", a.selfScore(), a.selfFigure(), errors);
        side(row, leaf, "appraised", "thẩm định", a.appraisedScore(), a.appraisedFigure(), errors);
        if (errors.isEmpty()) {
            for (Problem p : a.problems(framework)) {
                errors.add(new FieldError("item", "không khớp bộ chỉ số " + framework.code() + ": " + p.message(),
                        row, a.item()));
            }
        }
        return errors;
    }

    private static void side(Integer row, Leaf leaf, String side, String label, BigDecimal score, String figure,
                             List<FieldError> errors) {
        if (score != null) {
            if (score.signum() < 0) {
                errors.add(new FieldError(side + "_score", "điểm " + label + " không được âm", row,
                        score.toPlainString()));
            } else if (score.compareTo(leaf.maxPoints()) > 0) {
                errors.add(new FieldError(side + "_score", "điểm " + label + " " + score.toPlainString()
                        + " lớn hơn điểm tối đa " + leaf.maxPoints().stripTrailingZeros().toPlainString()
                        + " của tiêu chí " + leaf.code(), row, score.toPlainString()));
            }
        }
        if (figure != null) {
            if (leaf.rule() == null) {
                errors.add(new FieldError(side + "_figure", "tiêu chí " + leaf.code()
                        + " không có quy tắc quy đổi số liệu: hãy nhập " + side + "_score", row, figure));
            } else {
                leaf.rule().checkFigure(figure).ifPresent(m -> errors.add(new FieldError(side + "_figure",
                        "số liệu " + label + " không đọc được theo quy tắc " + leaf.rule().type() + " ("
                                + leaf.rule().describe() + "): " + m, row, figure)));
            }
        }
    }

    private static BigDecimal decimal(Table.Row row, String column, List<FieldError> errors) {
        String text = blankToNull(row.get(column));
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(FieldError.atRow(row.number(), column, "không phải là số", text));
            return null;
        }
    }

    private static Boolean bool(Table.Row row, String column, List<FieldError> errors) {
        String text = blankToNull(row.get(column));
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "x", "1", "có", "co" -> Boolean.TRUE;
            case "false", "no", "0", "không", "khong" -> Boolean.FALSE;
            default -> {
                errors.add(FieldError.atRow(row.number(), column, "phải là true hoặc false", text));
                yield null;
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
