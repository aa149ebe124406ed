package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of the index. Everything is exact ({@link Fraction}) until a value leaves as a result; only the
 * index and sub-indices are rounded, once, as the policy says.
 */
final class CampaignScorer {

    private static final String NO_GROUP = "";

    private final Framework framework;
    private final ScoringPolicy policy;
    private final Map<String, ScaleTable> scales = new HashMap<>();

    CampaignScorer(Framework framework) {
        this.framework = framework;
        this.policy = framework.policy();
        for (AnswerScale scale : framework.answerScales()) {
            scales.put(scale.code(), new ScaleTable(scale, policy.positiveThreshold()));
        }
    }

    CampaignResult score(List<Unit> units, Map<String, Map<String, Assessment>> assessments, SurveyTally tally) {
        List<Scored> scored = new ArrayList<>(units.size());
        List<Problem> problems = new ArrayList<>();
        for (Unit unit : units) {
            Scored s = scoreUnit(unit, assessments.getOrDefault(unit.code(), Map.of()), tally);
            if (s.max.isZero()) {
                problems.add(Problem.of("unit " + unit.code(), "nothing applies to it (every item is not applicable "
                        + "or excluded for too few survey answers): its index is undefined"));
            }
            scored.add(s);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("campaign of framework " + framework.code(), problems);
        }
        return new CampaignResult(framework, rank(scored));
    }

    /** Ranks within each ranking group and returns the results by group, rank, code. */
    private List<UnitResult> rank(List<Scored> scored) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored s : scored) {
            String key = policy.rankWithin() == ScoringPolicy.RankWithin.PARENT
                    ? (s.unit.parent() == null ? NO_GROUP : s.unit.parent())
                    : s.unit.level();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        Comparator<Scored> byIndex = (a, b) -> b.exactIndex.compareTo(a.exactIndex);
        List<UnitResult> results = new ArrayList<>(scored.size());
        for (List<Scored> group : groups.values()) {
            group.sort(byIndex.thenComparing(s -> s.unit.code()));
            for (int i = 0; i < group.size(); i++) {
                Scored s = group.get(i);
                int rank = i + 1;
                if (policy.ties() == ScoringPolicy.Ties.SHARE && i > 0) {
                    int first = i;
                    while (first > 0 && group.get(first - 1).exactIndex.compareTo(s.exactIndex) == 0) {
                        first--;
                    }
                    rank = first + 1;
                }
                results.add(s.result(rank, group.size()));
            }
        }
        return results;
    }

    private Scored scoreUnit(Unit unit, Map<String, Assessment> rows, SurveyTally tally) {
        Fraction max = Fraction.ZERO;
        Fraction points = Fraction.ZERO;
        Fraction bonus = Fraction.ZERO;
        Fraction self = Fraction.ZERO;
        Fraction selfBonus = Fraction.ZERO;
        List<AreaResult> areas = new ArrayList<>(framework.areas().size());
        for (Area area : framework.areas()) {
            Fraction areaMax = Fraction.ZERO;
            Fraction areaPoints = Fraction.ZERO;
            Fraction areaBonus = Fraction.ZERO;
            List<CriterionResult> criteria = new ArrayList<>(area.criteria().size());
            for (Criterion criterion : area.criteria()) {
                Fraction cMax = Fraction.ZERO;
                Fraction cPoints = Fraction.ZERO;
                Fraction cBonus = Fraction.ZERO;
                List<LeafResult> leaves = new ArrayList<>(criterion.leaves().size());
                for (Leaf leaf : criterion.leaves()) {
                    LeafScore ls = leaf.isSurvey()
                            ? surveyLeaf(leaf, rows.get(leaf.code()), unit.code(), tally)
                            : appraisedLeaf(leaf, rows.get(leaf.code()));
                    leaves.add(ls.result);
                    if (leaf.countsTowardsTotal()) {
                        cMax = cMax.add(ls.max);
                        cPoints = cPoints.add(ls.points);
                        self = self.add(ls.selfForTotal);
                    } else {
                        cBonus = cBonus.add(ls.points);
                        selfBonus = selfBonus.add(ls.selfForTotal);
                    }
                }
                criteria.add(new CriterionResult(criterion, cMax.toBigDecimal(), cPoints.toBigDecimal(),
                        cBonus.toBigDecimal(), leaves));
                areaMax = areaMax.add(cMax);
                areaPoints = areaPoints.add(cPoints);
                areaBonus = areaBonus.add(cBonus);
            }
            BigDecimal subIndex = areaMax.isZero() ? null
                    : areaPoints.multiply(Fraction.HUNDRED).divide(areaMax)
                    .round(policy.roundingScale(), policy.roundingMode());
            areas.add(new AreaResult(area, areaMax.toBigDecimal(), areaPoints.toBigDecimal(),
                    areaBonus.toBigDecimal(), subIndex, criteria));
            max = max.add(areaMax);
            points = points.add(areaPoints);
            bonus = bonus.add(areaBonus);
        }
        return new Scored(unit, max, points.add(bonus).min(max), self.add(selfBonus).min(max), bonus, areas);
    }

    private LeafScore appraisedLeaf(Leaf leaf, Assessment row) {
        Fraction self = row == null ? null : value(leaf, row.selfScore(), row.selfFigure());
        Fraction appraised = row == null ? null : value(leaf, row.appraisedScore(), row.appraisedFigure());
        Fraction leafMax = Fraction.of(leaf.maxPoints());
        LeafStatus status;
        Fraction max = leafMax;
        Fraction points = Fraction.ZERO;
        if (row != null && row.notApplicable()) {
            status = LeafStatus.NOT_APPLICABLE;
            max = Fraction.ZERO;
        } else if (appraised == null) {
            status = LeafStatus.NOT_APPRAISED;
        } else if (policy.missingEvidence() == ScoringPolicy.MissingEvidence.ZERO
                && leaf.method() == ScoringMethod.APPRAISED && !row.hasEvidenceOrExplanation()) {
            status = LeafStatus.NO_EVIDENCE;
        } else {
            status = LeafStatus.SCORED;
            points = appraised.min(leafMax);
        }
        Fraction selfForTotal = status == LeafStatus.NOT_APPLICABLE || self == null ? Fraction.ZERO
                : self.min(leafMax);
        LeafResult result = new LeafResult(leaf, status, max.toBigDecimal(), decimal(self), decimal(appraised), null,
                points.toBigDecimal(), row == null ? null : row.selfFigure(),
                row == null ? null : row.appraisedFigure(), row == null ? null : row.evidence(),
                row == null ? null : row.explanation(), null);
        return new LeafScore(result, max, points, selfForTotal);
    }

    private LeafScore surveyLeaf(Leaf leaf, Assessment row, String unit, SurveyTally tally) {
        ScaleTable scale = scales.get(leaf.scale());
        SurveyTally.Cells cells = tally.cells(unit, leaf.code());
        ScoringPolicy.SurveyConversion conversion = policy.surveyConversion();
        long[] optionCounts = new long[scale.codes.length];
        // group → {valid count, coefficient sum, positive count}
        Map<String, GroupSum> groups = new TreeMap<>();
        long answers = 0;
        long unscored = 0;
        if (cells != null) {
            for (int i = 0; i < cells.size; i++) {
                int option = scale.index(cells.options[i]);
                long count = cells.counts[i];
                optionCounts[option] += count;
                answers += count;
                if (scale.coefficients[option] == null) {
                    unscored += count;
                    continue;
                }
                String group = cells.groups[i] == null ? NO_GROUP : cells.groups[i];
                groups.computeIfAbsent(group, g -> new GroupSum()).add(count, scale, option);
            }
        }
        long valid = 0;
        Fraction ratio = null;
        List<SurveyOutcome.GroupOutcome> groupOutcomes = new ArrayList<>(groups.size());
        if (conversion == ScoringPolicy.SurveyConversion.GROUP_MEAN) {
            Fraction weighted = Fraction.ZERO;
            Fraction weights = Fraction.ZERO;
            for (Map.Entry<String, GroupSum> e : groups.entrySet()) {
                GroupSum g = e.getValue();
                BigDecimal weight = policy.groupWeight(e.getKey());
                groupOutcomes.add(g.outcome(e.getKey(), weight));
                if (g.valid > 0 && weight.signum() > 0) {
                    valid += g.valid;
                    Fraction w = Fraction.of(weight);
                    weighted = weighted.add(w.multiply(g.mean()));
                    weights = weights.add(w);
                }
            }
            ratio = weights.isZero() ? null : weighted.divide(weights);
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            long positive = 0;
            for (Map.Entry<String, GroupSum> e : groups.entrySet()) {
                GroupSum g = e.getValue();
                groupOutcomes.add(g.outcome(e.getKey(), BigDecimal.ONE));
                valid += g.valid;
                sum = sum.add(g.sum);
                positive += g.positive;
            }
            if (valid > 0) {
                ratio = conversion == ScoringPolicy.SurveyConversion.POSITIVE_SHARE
                        ? Fraction.of(positive, valid)
                        : Fraction.of(sum).divide(Fraction.of(valid));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < scale.codes.length; i++) {
            counts.put(scale.codes[i], optionCounts[i]);
        }
        SurveyOutcome outcome = new SurveyOutcome(conversion, answers, valid, unscored, counts, decimal(ratio),
                groupOutcomes);
        Fraction leafMax = Fraction.of(leaf.maxPoints());
        LeafStatus status;
        Fraction max = leafMax;
        Fraction points = Fraction.ZERO;
        Fraction surveyPoints = null;
        if (row != null && row.notApplicable()) {
            status = LeafStatus.NOT_APPLICABLE;
            max = Fraction.ZERO;
        } else if (valid < policy.minValidAnswers() || ratio == null) {
            if (policy.belowMinimum() == ScoringPolicy.BelowMinimum.EXCLUDE) {
                status = LeafStatus.EXCLUDED;
                max = Fraction.ZERO;
            } else {
                status = LeafStatus.TOO_FEW_ANSWERS;
            }
        } else {
            status = LeafStatus.SCORED;
            surveyPoints = ratio.multiply(leafMax);
            points = surveyPoints;
        }
        LeafResult result = new LeafResult(leaf, status, max.toBigDecimal(), null, null, decimal(surveyPoints),
                points.toBigDecimal(), null, null, row == null ? null : row.evidence(),
                row == null ? null : row.explanation(), outcome);
        return new LeafScore(result, max, points, points);
    }

    private static Fraction value(Leaf leaf, BigDecimal score, String figure) {
        if (score != null) {
            return Fraction.of(score);
        }
        if (figure != null) {
            return RuleArithmetic.points(leaf.rule(), figure, leaf.maxPoints());
        }
        return null;
    }

    private static BigDecimal decimal(Fraction f) {
        return f == null ? null : f.toBigDecimal();
    }

    /** A leaf's exact figures and its result. */
    private record LeafScore(LeafResult result, Fraction max, Fraction points, Fraction selfForTotal) {
    }

    /** A scale's options as arrays, for the survey loop. */
    private static final class ScaleTable {
        final String[] codes;
        final BigDecimal[] coefficients;
        final boolean[] positive;
        final Map<String, Integer> index = new HashMap<>();

        ScaleTable(AnswerScale scale, BigDecimal threshold) {
            int n = scale.options().size();
            codes = new String[n];
            coefficients = new BigDecimal[n];
            positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                AnswerOption o = scale.options().get(i);
                codes[i] = o.code();
                coefficients[i] = o.coefficient();
                positive[i] = o.coefficient() != null && o.coefficient().compareTo(threshold) >= 0;
                index.put(o.code(), i);
            }
        }

        int index(String code) {
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].equals(code)) {
                    return i;
                }
            }
            Integer i = index.get(code);
            if (i == null) {
                throw new IllegalStateException("option " + code + " is not on the scale (validated before)");
            }
            return i;
        }
    }

    /** Valid answers of one respondent group. */
    private static final class GroupSum {
        long valid;
        long positive;
        BigDecimal sum = BigDecimal.ZERO;

        void add(long count, ScaleTable scale, int option) {
            valid += count;
            sum = sum.add(scale.coefficients[option].multiply(BigDecimal.valueOf(count)));
            if (scale.positive[option]) {
                positive += count;
            }
        }

        Fraction mean() {
            return Fraction.of(sum).divide(Fraction.of(valid));
        }

        SurveyOutcome.GroupOutcome outcome(String group, BigDecimal weight) {
            return new SurveyOutcome.GroupOutcome(group.isEmpty() ? null : group, valid,
                    valid == 0 ? null : mean().toBigDecimal(), weight);
        }
    }

    /** A unit's exact totals before ranking. */
    private final class Scored {
        final Unit unit;
        final Fraction max;
        final Fraction total;
        final Fraction selfTotal;
        final Fraction bonus;
        final Fraction exactIndex;
        final List<AreaResult> areas;

        Scored(Unit unit, Fraction max, Fraction total, Fraction selfTotal, Fraction bonus, List<AreaResult> areas) {
            this.unit = unit;
            this.max = max;
            this.total = total;
            this.selfTotal = selfTotal;
            this.bonus = bonus;
            this.areas = areas;
            this.exactIndex = max.isZero() ? Fraction.ZERO : total.multiply(Fraction.HUNDRED).divide(max);
        }

        UnitResult result(int rank, int among) {
            BigDecimal index = exactIndex.round(policy.roundingScale(), policy.roundingMode());
            BigDecimal selfIndex = selfTotal.multiply(Fraction.HUNDRED).divide(max)
                    .round(policy.roundingScale(), policy.roundingMode());
            return new UnitResult(unit, total.toBigDecimal(), max.toBigDecimal(), index, exactIndex.toBigDecimal(),
                    selfTotal.toBigDecimal(), selfIndex, bonus.toBigDecimal(), rank, among,
                    policy.bandOf(index).orElse(null), areas);
        }
    }
}
