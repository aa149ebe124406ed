package org.parindex.survey.results.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.scoring.AreaResult;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.CriterionResult;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.LeafResult;
import org.parindex.scoring.LeafStatus;
import org.parindex.scoring.PointLoss;
import org.parindex.scoring.ScoringPolicy;
import org.parindex.scoring.SurveyOutcome;
import org.parindex.scoring.UnitResult;

/**
 * A unit's explanation for the secretariat's and the council's page: Vietnamese only, numbers with a decimal
 * comma. Built from scoring-lib's structured results (each leaf's status, points, figures and survey outcome),
 * never from its report text, which mixes in English ("self-assessed the same") and level codes ("NONE").
 *
 * @param unitCode    the unit's code
 * @param unitName    its name
 * @param framework   the framework's code and name
 * @param index       the index, e.g. {@code "87,35"}, or {@code "–"} without one
 * @param rank        e.g. {@code "2/5"}, or {@code "–"}
 * @param band        the result band's name, or {@code "–"}
 * @param total       points achieved over the max that applies, e.g. {@code "26,2 / 30"}
 * @param pointsLost  points lost
 * @param losses      leaves where points were lost, biggest loss first
 * @param areas       every area with its points
 */
public record ExplanationView(String unitCode, String unitName, String framework, String index, String rank,
                              String band, String total, String pointsLost, List<Loss> losses, List<Area> areas) {

    /**
     * Points lost on one item.
     *
     * @param code        the item's code, e.g. {@code "2.1.3"}
     * @param name        its name
     * @param lost        points lost
     * @param points      points achieved over max, e.g. {@code "0,5/1"}
     * @param indexPoints what the loss costs the index, e.g. {@code "−1,25"}
     * @param reason      why, in Vietnamese
     */
    public record Loss(String code, String name, String lost, String points, String indexPoints, String reason) {
    }

    /**
     * One area.
     *
     * @param code      its code
     * @param name      its name
     * @param points    points achieved (a number, for charts)
     * @param maxPoints the max that applies (a number)
     * @param text      e.g. {@code "7,5/8"}
     * @param items     every leaf of the area
     */
    public record Area(String code, String name, BigDecimal points, BigDecimal maxPoints, String text,
                       List<Item> items) {
    }

    /**
     * One leaf of an area: what it could give, what the unit self-assessed, what the appraisal and the survey
     * gave, what counts.
     *
     * @param code      e.g. {@code "1.2"}
     * @param name      its name
     * @param method    how it is scored, e.g. {@code "Thẩm định"}
     * @param max       its max
     * @param self      self-assessed points, or {@code "–"}
     * @param appraised appraised points, or {@code "–"}
     * @param survey    survey points, or {@code "–"}
     * @param points    the points that count
     * @param status    e.g. {@code "đã chấm"}, {@code "không áp dụng"}
     */
    public record Item(String code, String name, String method, String max, String self, String appraised,
                       String survey, String points, String status) {
    }

    /** The view of {@code e}. */
    public static ExplanationView of(Explanation e) {
        UnitResult u = e.unit();
        ScoringPolicy policy = e.framework().policy();
        List<Loss> losses = new ArrayList<>();
        for (PointLoss l : e.leafLosses()) {
            LeafResult leaf = u.leaf(l.code()).orElseThrow();
            losses.add(new Loss(l.code(), l.name(), num(l.pointsLost()), num(l.points()) + "/" + num(l.maxPoints()),
                    "−" + index(l.indexPoints(), policy), reason(leaf, policy)));
        }
        List<Area> areas = new ArrayList<>();
        for (AreaResult a : u.areas()) {
            List<Item> items = new ArrayList<>();
            for (CriterionResult c : a.criteria()) {
                for (LeafResult l : c.leaves()) {
                    items.add(new Item(l.code(), l.leaf().name(), l.leaf().method().label(), num(l.leaf().maxPoints()),
                            num(l.selfPoints()), num(l.appraisedPoints()), num(l.surveyPoints()), num(l.points()),
                            l.status().label()));
                }
            }
            areas.add(new Area(a.code(), a.area().name(), a.points(), a.maxPoints(),
                    num(a.points()) + "/" + num(a.maxPoints()), items));
        }
        return new ExplanationView(u.code(), u.unit().name(), e.framework().code() + " — " + e.framework().name(),
                u.hasIndex() ? index(u.index(), policy) : "–", u.hasIndex() ? u.rank() + "/" + u.rankedAmong() : "–",
                u.band() == null ? "–" : u.band().name(), points(u.total()) + " / " + points(u.maxPoints()),
                points(u.pointsLost()), losses, areas);
    }

    /** A number for people, with a decimal comma: exact when short, else about 4 decimals ("≈0,6667"). */
    static String num(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal v = value.stripTrailingZeros();
        String prefix = "";
        if (v.scale() > 4) {
            v = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            prefix = "≈";
        }
        return prefix + (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }

    /** A unit's total for the headline: at most 2 decimals ("71,17"), not "≈71,1667". */
    static String points(BigDecimal value) {
        return num(value.setScale(Math.min(value.stripTrailingZeros().scale(), 2), RoundingMode.HALF_UP));
    }

    private static String index(BigDecimal value, ScoringPolicy policy) {
        return value.setScale(policy.roundingScale(), policy.roundingMode()).toPlainString().replace('.', ',');
    }

    /** Why a leaf got its points, from its status, points and figures. */
    static String reason(LeafResult l, ScoringPolicy policy) {
        return switch (l.status()) {
            case NOT_APPLICABLE -> "không áp dụng với đơn vị: không tính vào điểm tối đa";
            case EXCLUDED -> survey(l, policy) + " — dưới mức tối thiểu " + policy.minValidAnswers()
                    + " phiếu hợp lệ: không tính vào điểm tối đa";
            case TOO_FEW_ANSWERS -> survey(l, policy) + " — dưới mức tối thiểu " + policy.minValidAnswers()
                    + " phiếu hợp lệ: tính 0 điểm";
            case NOT_APPRAISED -> "chưa có điểm thẩm định: tính 0 điểm"
                    + (l.selfPoints() == null ? "" : "; tự chấm " + num(l.selfPoints()));
            case NO_EVIDENCE -> "không có tài liệu kiểm chứng hay giải trình: tính 0 điểm theo quy định; thẩm định "
                    + num(l.appraisedPoints()) + (l.selfPoints() == null ? "" : ", tự chấm " + num(l.selfPoints()));
            case SCORED -> l.leaf().isSurvey() ? survey(l, policy) : appraised(l);
        };
    }

    private static String appraised(LeafResult l) {
        StringBuilder s = new StringBuilder("thẩm định: ");
        s.append(l.appraisedFigure() != null ? figure(l, l.appraisedFigure(), l.appraisedPoints())
                : num(l.appraisedPoints()) + " điểm");
        if (l.points().compareTo(l.appraisedPoints()) < 0) {
            s.append(", giới hạn ở ").append(num(l.points()));
        }
        if (l.selfPoints() == null) {
            s.append("; đơn vị không tự chấm");
        } else {
            int cmp = l.selfPoints().compareTo(l.appraisedPoints());
            if (cmp == 0) {
                s.append("; đơn vị tự chấm như vậy");
            } else {
                s.append("; đơn vị tự chấm ").append(l.selfFigure() != null ? figure(l, l.selfFigure(), l.selfPoints())
                        : num(l.selfPoints()) + " điểm");
                s.append(cmp > 0 ? " → thẩm định hạ " : " → thẩm định nâng ")
                        .append(num(l.selfPoints().subtract(l.appraisedPoints()).abs()));
            }
        }
        if (l.evidence() == null && l.explanation() == null && !l.leaf().isSurvey()) {
            s.append("; không có tài liệu kiểm chứng, không giải trình");
        }
        return s.toString();
    }

    /** How a figure became points, in words: the level's label, never its code. */
    private static String figure(LeafResult l, String figure, BigDecimal points) {
        AwardRule rule = l.leaf().rule();
        String f = figure.strip();
        if (rule instanceof AwardRule.Levels levels) {
            return levels.level(f).map(level -> "mức “" + level.label() + "”").orElse("mức đã nhập") + " = "
                    + num(points) + " điểm";
        }
        if (rule instanceof AwardRule.Bands) {
            return "tỷ lệ " + f.replace('.', ',') + (f.endsWith("%") ? "" : "%") + " → " + num(points) + " điểm";
        }
        if (rule instanceof AwardRule.Ratio) {
            return "đạt/yêu cầu " + f.replace(" ", "") + " × " + num(l.leaf().maxPoints()) + " = " + num(points)
                    + " điểm";
        }
        if (rule instanceof AwardRule.Deduction d) {
            return f + " vi phạm, trừ " + num(d.perViolation()) + " mỗi vi phạm → " + num(points) + " điểm";
        }
        return num(points) + " điểm";
    }

    private static String survey(LeafResult l, ScoringPolicy policy) {
        SurveyOutcome o = l.survey();
        if (o == null) {
            return "chưa có phiếu điều tra";
        }
        StringBuilder s = new StringBuilder("điều tra: ").append(o.answers()).append(" phiếu");
        Map<String, Long> counts = o.optionCounts();
        if (!counts.isEmpty()) {
            s.append(" (").append(counts.entrySet().stream().map(e -> "phương án " + e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "))).append(')');
        }
        s.append(", ").append(o.validAnswers()).append(" hợp lệ");
        if (o.unscoredAnswers() > 0) {
            s.append(", ").append(o.unscoredAnswers()).append(" không đánh giá được (không tính)");
        }
        if (o.ratio() == null || l.status() != LeafStatus.SCORED) {
            return s.toString();
        }
        switch (o.conversion()) {
            case MEAN_COEFFICIENT -> s.append("; hệ số bình quân ").append(num(o.ratio()));
            case POSITIVE_SHARE -> s.append("; tỷ lệ phiếu có hệ số từ ").append(num(policy.positiveThreshold()))
                    .append(" trở lên: ").append(num(o.ratio()));
            case GROUP_MEAN -> s.append("; bình quân theo nhóm đối tượng: ").append(num(o.ratio()));
        }
        return s.append(" × ").append(num(l.leaf().maxPoints())).append(" = ").append(num(l.points()))
                .append(" điểm").toString();
    }
}
