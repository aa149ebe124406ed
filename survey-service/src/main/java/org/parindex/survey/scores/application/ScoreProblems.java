package org.parindex.survey.scores.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;

/**
 * scoring-lib's problems with a scores row, in Vietnamese for the secretariat: by the problem's code and its
 * parameters, never by parsing its English message. A code without a translation keeps scoring-lib's message.
 */
public final class ScoreProblems {

    private ScoreProblems() {
    }

    /** The Vietnamese text of {@code p}. */
    public static String vietnamese(Problem p) {
        return vietnamese(p, Optional.empty());
    }

    /**
     * The Vietnamese text of {@code p} about {@code leaf}: an unreadable figure of a leaf scored by levels is
     * answered with the levels' words, which the file may hold instead of codes ({@link ScoreFile}), not the
     * rule's codes.
     */
    public static String vietnamese(Problem p, Optional<Leaf> leaf) {
        if (p.code() == ProblemCode.FIGURE_UNREADABLE && leaf.isPresent()
                && leaf.get().rule() instanceof AwardRule.Levels levels) {
            String side = "appraised".equals(p.parameters().get("side")) ? "thẩm định" : "tự đánh giá";
            return "mức " + side + " “" + p.value() + "” không có ở tiêu chí này; hãy ghi một trong các mức: "
                    + levels.levels().stream().map(l -> "“" + l.label() + "” (" + points(l.points()) + " điểm)")
                    .collect(Collectors.joining("; "));
        }
        Map<String, String> at = p.parameters();
        String side = "appraised".equals(at.get("side")) ? "thẩm định" : "tự đánh giá";
        return switch (p.code()) {
            case BLANK -> "unit".equals(p.field()) ? "thiếu mã đơn vị" : "item".equals(p.field()) ? "thiếu mã tiêu chí"
                    : "thiếu " + p.field();
            case NOT_A_NUMBER -> "không phải là số";
            case NUMBER_OUT_OF_BOUNDS -> "số quá lớn, quá nhỏ hoặc quá nhiều chữ số";
            case NOT_YES_NO -> "phải là có/không (true/false)";
            case SCORE_AND_FIGURE -> "chỉ nhập một trong hai: " + at.get("side") + "_score hoặc " + at.get("side")
                    + "_figure";
            case UNKNOWN_ITEM -> "không có tiêu chí (thành phần) mã " + p.value() + " trong bộ chỉ số "
                    + at.get("framework") + ("true".equals(at.get("hasSubCriteria"))
                    ? ": mục này có tiêu chí thành phần, hãy chấm từng tiêu chí thành phần" : "");
            case SURVEY_ITEM_VALUE -> "tiêu chí " + p.value() + " được chấm bằng điều tra xã hội học: không nhập điểm"
                    + " (chỉ có thể đánh dấu not_applicable)";
            case SCORE_BELOW_ZERO -> "điểm " + side + " không được âm";
            case SCORE_ABOVE_MAX -> "điểm " + side + " " + p.value() + " lớn hơn điểm tối đa " + at.get("max");
            case FIGURE_WITHOUT_RULE -> "tiêu chí không có quy tắc quy đổi số liệu: hãy nhập " + at.get("side")
                    + "_score";
            case FIGURE_UNREADABLE -> "số liệu " + side + " không đọc được; cách quy đổi của tiêu chí: "
                    + at.get("ruleText");
            default -> p.message();
        };
    }

    private static String points(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }
}
