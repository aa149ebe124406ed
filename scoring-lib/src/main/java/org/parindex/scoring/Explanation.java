package org.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a unit got its index (giải trình kết quả): every leaf's max, self-assessed, appraised, survey and final
 * points, and where the unit lost points — by area, by criterion and by leaf, the biggest losses first — with
 * the reason for each in Vietnamese. {@link #toText()} renders it as a report.
 *
 * @param framework       the framework
 * @param unit            the unit's result
 * @param areaLosses      areas where points were lost, biggest loss first (ties in framework order)
 * @param criterionLosses criteria where points were lost, biggest loss first
 * @param leafLosses      leaves where points were lost, biggest loss first
 * @param appraisalCuts   leaves whose appraised points are below the self-assessed ones, biggest cut first
 */
public record Explanation(Framework framework, UnitResult unit, List<PointLoss> areaLosses,
                          List<PointLoss> criterionLosses, List<PointLoss> leafLosses,
                          List<LeafResult> appraisalCuts) {

    /** How many leaves {@link #toText()} lists under "where the unit lost the most points". */
    static final int TOP_LOSSES = 15;

    /**
     * Checks the components. Keeps copies of the lists of losses and cuts.
     *
     * @throws NullPointerException if the framework or the unit is missing
     */
    public Explanation {
        Objects.requireNonNull(framework, "framework == null");
        Objects.requireNonNull(unit, "unit == null");
        areaLosses = List.copyOf(areaLosses);
        criterionLosses = List.copyOf(criterionLosses);
        leafLosses = List.copyOf(leafLosses);
        appraisalCuts = List.copyOf(appraisalCuts);
    }

    /** The explanation of {@code unit}'s result under {@code framework}. */
    public static Explanation of(Framework framework, UnitResult unit) {
        Objects.requireNonNull(framework, "framework == null");
        Objects.requireNonNull(unit, "unit == null");
        Text text = new Text(framework, unit);
        List<PointLoss> areas = new ArrayList<>();
        List<PointLoss> criteria = new ArrayList<>();
        List<PointLoss> leaves = new ArrayList<>();
        List<LeafResult> cuts = new ArrayList<>();
        for (AreaResult a : unit.areas()) {
            if (a.pointsLost().signum() > 0) {
                areas.add(new PointLoss(PointLoss.Kind.AREA, a.code(), a.area().name(), a.maxPoints(), a.points(),
                        a.pointsLost(), text.indexPoints(a.pointsLost()), text.mainLosses(a.leaves())));
            }
            for (CriterionResult c : a.criteria()) {
                if (c.pointsLost().signum() > 0) {
                    criteria.add(new PointLoss(PointLoss.Kind.CRITERION, c.code(), c.criterion().name(),
                            c.maxPoints(), c.points(), c.pointsLost(), text.indexPoints(c.pointsLost()),
                            c.criterion().isLeaf() ? text.reason(c.leaves().get(0)) : text.mainLosses(c.leaves())));
                }
                for (LeafResult l : c.leaves()) {
                    if (l.pointsLost().signum() > 0) {
                        leaves.add(new PointLoss(PointLoss.Kind.LEAF, l.code(), l.leaf().name(), l.maxPoints(),
                                l.points(), l.pointsLost(), text.indexPoints(l.pointsLost()), text.reason(l)));
                    }
                    if (l.appraisalCut().filter(cut -> cut.signum() > 0).isPresent()) {
                        cuts.add(l);
                    }
                }
            }
        }
        Comparator<PointLoss> biggestFirst = Comparator.comparing(PointLoss::pointsLost).reversed();
        areas.sort(biggestFirst);
        criteria.sort(biggestFirst);
        leaves.sort(biggestFirst);
        cuts.sort(Comparator.comparing((LeafResult l) -> l.appraisalCut().orElseThrow()).reversed());
        return new Explanation(framework, unit, areas, criteria, leaves, cuts);
    }

    /** Total points lost: {@code max − total}. */
    public BigDecimal pointsLost() {
        return unit.pointsLost();
    }

    /** The reason for one leaf's points, in Vietnamese, as in the report. */
    public String reason(String leafCode) {
        LeafResult leaf = unit.leaf(leafCode)
                .orElseThrow(() -> new IllegalArgumentException("no such leaf in framework " + framework.code()
                        + ": " + leafCode));
        return new Text(framework, unit).reason(leaf);
    }

    /**
     * The explanation as a plain-text report in Vietnamese (with English in brackets where it helps): headline
     * figures, where the unit lost the most points, the areas, what the appraisal changed, and every leaf.
     */
    public String toText() {
        return new Text(framework, unit).render(this);
    }

    @Override
    public String toString() {
        return "Explanation[" + unit.code() + " " + (unit.hasIndex() ? unit.index().toPlainString() : "no index")
                + ", lost "
                + Text.num(unit.pointsLost()) + " on " + leafLosses.size() + " items]";
    }

    /** Rendering of figures and reasons. */
    private static final class Text {

        private final Framework framework;
        private final UnitResult unit;
        private final ScoringPolicy policy;

        Text(Framework framework, UnitResult unit) {
            this.framework = framework;
            this.unit = unit;
            this.policy = framework.policy();
        }

        /** A number for people: exact when short, else about 4 decimals ("≈0.6667"). */
        static String num(BigDecimal value) {
            if (value == null) {
                return "–";
            }
            BigDecimal v = value.stripTrailingZeros();
            if (v.scale() > 4) {
                return "≈" + Require.plain(v.setScale(4, RoundingMode.HALF_UP));
            }
            return Require.plain(v);
        }

        String index(BigDecimal value) {
            return value == null ? "–" : value.setScale(policy.roundingScale(), policy.roundingMode()).toPlainString();
        }

        BigDecimal indexPoints(BigDecimal lost) {
            if (unit.maxPoints().signum() == 0) {
                return BigDecimal.ZERO;
            }
            return Fraction.of(lost).multiply(Fraction.HUNDRED).divide(Fraction.of(unit.maxPoints()))
                    .round(policy.roundingScale(), policy.roundingMode());
        }

        /** "chủ yếu do 3.1 (−1), 3.3 (−1)": the leaves that lost most inside an area or criterion. */
        String mainLosses(List<LeafResult> leaves) {
            List<LeafResult> lost = leaves.stream().filter(l -> l.pointsLost().signum() > 0)
                    .sorted(Comparator.comparing(LeafResult::pointsLost).reversed()).toList();
            String list = lost.stream().limit(3).map(l -> l.code() + " (−" + num(l.pointsLost()) + ")")
                    .collect(Collectors.joining(", "));
            return (lost.size() > 3 ? "chủ yếu do " : "do ") + list + (lost.size() > 3 ? ", …" : "");
        }

        String reason(LeafResult l) {
            Leaf leaf = l.leaf();
            return switch (l.status()) {
                case NOT_APPLICABLE -> "không áp dụng với đơn vị (not applicable): không tính vào điểm tối đa";
                case EXCLUDED -> survey(l) + " — dưới mức tối thiểu " + policy.minValidAnswers()
                        + " phiếu hợp lệ: loại khỏi điểm tối đa (EXCLUDE)";
                case TOO_FEW_ANSWERS -> survey(l) + " — dưới mức tối thiểu " + policy.minValidAnswers()
                        + " phiếu hợp lệ: tính 0 điểm (ZERO)";
                case NOT_APPRAISED -> "chưa có điểm thẩm định (no appraised score): tính 0 điểm"
                        + (l.selfPoints() == null ? "" : "; tự chấm " + num(l.selfPoints())) + evidence(l);
                case NO_EVIDENCE -> "không có tài liệu kiểm chứng hay giải trình (no evidence): tính 0 điểm theo "
                        + "quy định (missingEvidence = ZERO); thẩm định " + num(l.appraisedPoints())
                        + (l.selfPoints() == null ? "" : ", tự chấm " + num(l.selfPoints()));
                case SCORED -> leaf.isSurvey() ? survey(l) : appraised(l);
            };
        }

        private String appraised(LeafResult l) {
            StringBuilder s = new StringBuilder("thẩm định: ");
            s.append(l.appraisedFigure() != null ? figure(l.leaf(), l.appraisedFigure(), l.appraisedPoints())
                    : num(l.appraisedPoints()) + " điểm");
            if (l.leaf().method() == ScoringMethod.BONUS && l.appraisedPoints().compareTo(l.points()) > 0) {
                s.append(", giới hạn ở ").append(num(l.points()));
            }
            if (l.selfPoints() != null && l.selfPoints().compareTo(l.appraisedPoints()) == 0) {
                s.append("; tự chấm cũng vậy (self-assessed the same)");
            } else if (l.selfPoints() != null) {
                int cmp = l.selfPoints().compareTo(l.appraisedPoints());
                s.append("; tự chấm ").append(l.selfFigure() != null
                        ? figure(l.leaf(), l.selfFigure(), l.selfPoints()) : num(l.selfPoints()));
                if (cmp > 0) {
                    s.append(" → thẩm định hạ ").append(num(l.selfPoints().subtract(l.appraisedPoints())));
                } else if (cmp < 0) {
                    s.append(" → thẩm định nâng ").append(num(l.appraisedPoints().subtract(l.selfPoints())));
                }
            } else {
                s.append("; không tự chấm");
            }
            return s.append(evidence(l)).toString();
        }

        private String evidence(LeafResult l) {
            if (l.leaf().method() != ScoringMethod.APPRAISED || l.evidence() != null || l.explanation() != null) {
                return "";
            }
            return "; không có tài liệu kiểm chứng, không giải trình";
        }

        /** How a raw figure became points under the leaf's rule. */
        private String figure(Leaf leaf, String figure, BigDecimal points) {
            AwardRule rule = leaf.rule();
            String max = num(leaf.maxPoints());
            if (rule instanceof AwardRule.Levels levels) {
                AwardRule.Level level = levels.level(figure.strip()).orElseThrow();
                return "mức " + level.code() + (level.label().equals(level.code()) ? "" : " (" + level.label() + ")")
                        + " = " + num(points);
            }
            if (rule instanceof AwardRule.Bands bands) {
                String f = figure.strip();
                BigDecimal rate = DecimalText.parse(f.endsWith("%") ? f.substring(0, f.length() - 1).strip() : f);
                String band = bands.bands().stream().filter(b -> rate.compareTo(b.min()) >= 0).findFirst()
                        .map(b -> "khung ≥ " + num(b.min()) + "%")
                        .orElse("dưới khung thấp nhất " + num(bands.bands().get(bands.bands().size() - 1).min())
                                + "%");
                return "tỷ lệ " + num(rate) + "% → " + num(points) + " (" + band + ")";
            }
            if (rule instanceof AwardRule.Ratio) {
                return figure.strip().replace(" ", "") + " × " + max + " = " + num(points)
                        + (points.compareTo(leaf.maxPoints()) == 0 ? " (tối đa)" : "");
            }
            if (rule instanceof AwardRule.Deduction d) {
                String count = figure.strip();
                return count + " vi phạm × " + num(d.perViolation()) + " → " + max + " − "
                        + num(DecimalText.parse(count).multiply(d.perViolation())) + " = " + num(points)
                        + (points.signum() == 0 ? " (không thấp hơn 0)" : "");
            }
            return "đề nghị " + figure.strip() + " → " + num(points) + " (tối đa " + max + ")";
        }

        private String survey(LeafResult l) {
            SurveyOutcome o = l.survey();
            if (o == null) {
                return "không có dữ liệu điều tra";
            }
            StringBuilder s = new StringBuilder();
            s.append(o.answers()).append(" phiếu (");
            s.append(o.optionCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
            s.append("): ").append(o.validAnswers()).append(" hợp lệ");
            if (o.unscoredAnswers() > 0) {
                s.append(", ").append(o.unscoredAnswers()).append(" không đánh giá được (loại)");
            }
            if (o.ratio() == null || l.status() != LeafStatus.SCORED) {
                return s.toString();
            }
            String max = num(l.leaf().maxPoints());
            switch (o.conversion()) {
                case MEAN_COEFFICIENT -> s.append("; hệ số bình quân ").append(num(o.ratio()));
                case POSITIVE_SHARE -> s.append("; tỷ lệ phiếu từ hệ số ").append(num(policy.positiveThreshold()))
                        .append(" trở lên ").append(num(o.ratio()));
                case GROUP_MEAN -> s.append("; bình quân theo nhóm ").append(o.groups().stream()
                        .filter(g -> g.validAnswers() > 0)
                        .map(g -> (g.group() == null ? "–" : g.group()) + " " + num(g.meanCoefficient())
                                + (g.weight().compareTo(BigDecimal.ONE) == 0 ? "" : " ×" + num(g.weight())))
                        .collect(Collectors.joining(", "))).append(" → ").append(num(o.ratio()));
            }
            return s.append(" × ").append(max).append(" = ").append(num(l.points())).toString();
        }

        String render(Explanation e) {
            StringBuilder s = new StringBuilder();
            Unit u = unit.unit();
            s.append("GIẢI TRÌNH CHỈ SỐ CCHC (PAR Index explanation) — ").append(u.name()).append(" (")
                    .append(u.code()).append(")\n");
            s.append("Bộ chỉ số (framework): ").append(framework.code()).append(" — ").append(framework.name())
                    .append('\n');
            s.append('\n');
            if (!unit.hasIndex()) {
                s.append("Chỉ số (index):            không có chỉ số (no index): không tiêu chí nào áp dụng "
                        + "(every item is not applicable or excluded for too few survey answers)\n");
            } else {
                s.append("Chỉ số (index):            ").append(index(unit.index()))
                        .append("   = ").append(num(unit.total())).append(" / ").append(num(unit.maxPoints()))
                        .append(" × 100\n");
                s.append("Xếp hạng (rank):           ").append(unit.rank()).append(" / ").append(unit.rankedAmong())
                        .append('\n');
            }
            s.append("Xếp loại (band):           ").append(unit.band() == null ? "không thuộc nhóm nào (none)"
                    : unit.band().name() + " (" + unit.band().code() + ")").append('\n');
            BigDecimal declared = framework.maxPoints();
            if (unit.maxPoints().compareTo(declared) != 0) {
                s.append("Điểm tối đa áp dụng:       ").append(num(unit.maxPoints())).append(" (bộ chỉ số ")
                        .append(num(declared)).append("; ").append(num(declared.subtract(unit.maxPoints())))
                        .append(" điểm không áp dụng hoặc bị loại)\n");
            }
            if (unit.bonusPoints().signum() > 0) {
                s.append("Điểm thưởng (bonus):       ").append(num(unit.bonusPoints())).append('\n');
            }
            s.append("Theo điểm tự đánh giá:     ").append(index(unit.selfIndex())).append("   = ")
                    .append(num(unit.selfTotal())).append(" / ").append(num(unit.maxPoints()))
                    .append(" (self-assessed)");
            BigDecimal change = unit.hasIndex() ? unit.index().subtract(unit.selfIndex()) : BigDecimal.ZERO;
            if (change.signum() != 0) {
                s.append(" → thẩm định ").append(change.signum() < 0 ? "làm giảm " : "làm tăng ")
                        .append(index(change.abs())).append(" điểm chỉ số");
            }
            s.append('\n');
            s.append("Điểm bị mất (points lost): ").append(num(unit.pointsLost())).append(" = ")
                    .append(index(indexPoints(unit.pointsLost()))).append(" điểm chỉ số\n");

            s.append("\nNƠI MẤT NHIỀU ĐIỂM NHẤT (where the unit lost the most points)\n");
            if (e.leafLosses().isEmpty()) {
                s.append("  Không mất điểm nào (no points lost).\n");
            } else {
                Table t = new Table("#", "Mục", "Tên", "Mất", "Đạt/Tối đa", "Chỉ số", "Lý do");
                int n = 0;
                for (PointLoss loss : e.leafLosses()) {
                    if (++n > TOP_LOSSES) {
                        break;
                    }
                    t.row(Integer.toString(n), loss.code(), clip(loss.name(), 40), num(loss.pointsLost()),
                            num(loss.points()) + "/" + num(loss.maxPoints()), "−" + index(loss.indexPoints()),
                            loss.reason());
                }
                t.render(s, "  ");
                if (e.leafLosses().size() > TOP_LOSSES) {
                    s.append("  … và ").append(e.leafLosses().size() - TOP_LOSSES).append(" mục khác mất điểm ít hơn\n");
                }
            }

            s.append("\nTHEO LĨNH VỰC (by area)\n");
            Table areas = new Table("Mã", "Lĩnh vực", "Đạt", "Tối đa", "Chỉ số TP", "Mất", "Ghi chú");
            for (AreaResult a : unit.areas()) {
                areas.row(a.code(), clip(a.area().name(), 45), num(a.points()), num(a.maxPoints()),
                        a.subIndex() == null ? "–" : a.subIndex().toPlainString(), num(a.pointsLost()),
                        a.pointsLost().signum() > 0 ? mainLosses(a.leaves())
                                : a.maxPoints().signum() == 0 ? "không áp dụng" : "");
            }
            areas.render(s, "  ");

            if (!e.appraisalCuts().isEmpty()) {
                s.append("\nTHẨM ĐỊNH HẠ ĐIỂM (appraisal below the self-assessment)\n");
                Table cuts = new Table("Mục", "Tên", "Tự chấm", "Thẩm định", "Hạ");
                BigDecimal sum = BigDecimal.ZERO;
                for (LeafResult l : e.appraisalCuts()) {
                    BigDecimal cut = l.appraisalCut().orElseThrow();
                    sum = sum.add(cut);
                    cuts.row(l.code(), clip(l.leaf().name(), 40), num(l.selfPoints()), num(l.appraisedPoints()),
                            num(cut));
                }
                cuts.render(s, "  ");
                s.append("  Tổng cộng thẩm định hạ ").append(num(sum)).append(" điểm.\n");
            }

            s.append("\nCHI TIẾT TỪNG TIÊU CHÍ (every item: max, self, appraised, survey, final)\n");
            for (AreaResult a : unit.areas()) {
                s.append("Lĩnh vực ").append(a.code()).append(". ").append(a.area().name()).append(": ")
                        .append(num(a.points())).append(" / ").append(num(a.maxPoints()));
                if (a.subIndex() != null) {
                    s.append(" (chỉ số thành phần ").append(a.subIndex().toPlainString()).append(')');
                }
                if (a.bonusPoints().signum() > 0) {
                    s.append(", thưởng ").append(num(a.bonusPoints()));
                }
                s.append('\n');
                Table t = new Table("Mục", "Tên", "Cách chấm", "Tối đa", "Tự chấm", "Thẩm định", "Điều tra", "Tính",
                        "Mất");
                for (CriterionResult c : a.criteria()) {
                    if (!c.criterion().isLeaf()) {
                        t.row(c.code(), clip(c.criterion().name(), 44), "", num(c.maxPoints()), "", "", "",
                                num(c.points()), num(c.pointsLost()));
                    }
                    for (LeafResult l : c.leaves()) {
                        String indent = c.criterion().isLeaf() ? "" : "  ";
                        t.row(indent + l.code(), clip(l.leaf().name(), 44), l.leaf().method().label(),
                                num(l.leaf().maxPoints()), num(l.selfPoints()), num(l.appraisedPoints()),
                                num(l.surveyPoints()), num(l.points()),
                                l.status().isApplicable() ? num(l.pointsLost()) : l.status().label());
                    }
                }
                t.render(s, "  ");
            }
            return s.toString();
        }

        private static String clip(String text, int width) {
            if (text.codePointCount(0, text.length()) <= width) {
                return text;
            }
            return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
        }
    }

    /** A plain-text table with columns as wide as their widest cell (code points; NFC text). */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final int columns;

        Table(String... header) {
            this.columns = header.length;
            rows.add(header);
        }

        void row(String... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns);
            }
            rows.add(cells);
        }

        void render(StringBuilder out, String indent) {
            int[] width = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder(indent);
                for (int i = 0; i < columns; i++) {
                    line.append(row[i]);
                    if (i < columns - 1) {
                        line.append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length()) + 2));
                    }
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
    }
}
