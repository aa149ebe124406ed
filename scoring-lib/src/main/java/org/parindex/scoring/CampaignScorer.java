package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
    /** Each leaf's max as an exact fraction, in the order of {@link Framework#leaves()}. */
    private final Fraction[] leafMax;

    // Running sums, reused for every unit, area and criterion (a scorer scores one campaign, on one thread).
    private final Fraction.Sum max = new Fraction.Sum();
    private final Fraction.Sum points = new Fraction.Sum();
    private final Fraction.Sum bonus = new Fraction.Sum();
    private final Fraction.Sum self = new Fraction.Sum();
    private final Fraction.Sum areaMax = new Fraction.Sum();
    private final Fraction.Sum areaPoints = new Fraction.Sum();
    private final Fraction.Sum areaBonus = new Fraction.Sum();
    private final Fraction.Sum cMax = new Fraction.Sum();
    private final Fraction.Sum cPoints = new Fraction.Sum();
    private final Fraction.Sum cBonus = new Fraction.Sum();

    CampaignScorer(Framework framework) {
        this.framework = framework;
        this.policy = framework.policy();
        for (AnswerScale scale : framework.answerScales()) {
            scales.put(scale.code(), new ScaleTable(scale, policy.positiveThreshold()));
        }
        List<Leaf> leaves = framework.leaves();
        leafMax = new Fraction[leaves.size()];
        for (int i = 0; i < leafMax.length; i++) {
            leafMax[i] = Fraction.of(leaves.get(i).maxPoints());
        }
    }

    /**
     * Scores every unit.
     *
     * @param assessments per unit, the rows in the order of {@link Framework#leaves()} (null where none)
     */
    CampaignResult score(List<Unit> units, Map<String, ExactAssessment[]> assessments, SurveyTally tally) {
        TallyView view = new TallyView(tally);
        ExactAssessment[] none = new ExactAssessment[leafMax.length];
        List<Scored> scored = new ArrayList<>(units.size());
        List<Problem> problems = new ArrayList<>();
        for (Unit unit : units) {
            Scored s = scoreUnit(unit, assessments.getOrDefault(unit.code(), none), view);
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
            int rank = 0;
            for (int i = 0; i < group.size(); i++) {
                Scored s = group.get(i);
                boolean tie = i > 0 && group.get(i - 1).exactIndex.compareTo(s.exactIndex) == 0;
                if (policy.ties() == ScoringPolicy.Ties.BY_CODE || !tie) {
                    rank = i + 1;
                }
                results.add(s.result(rank, group.size()));
            }
        }
        return results;
    }

    private Scored scoreUnit(Unit unit, ExactAssessment[] rows, TallyView tally) {
        int[] counts = tally.countsOf(unit.code());
        List<Area> frameworkAreas = framework.areas();
        AreaResult[] areas = new AreaResult[frameworkAreas.size()];
        int index = 0;
        for (int a = 0; a < areas.length; a++) {
            Area area = frameworkAreas.get(a);
            List<Criterion> frameworkCriteria = area.criteria();
            CriterionResult[] criteria = new CriterionResult[frameworkCriteria.size()];
            for (int c = 0; c < criteria.length; c++) {
                Criterion criterion = frameworkCriteria.get(c);
                List<Leaf> frameworkLeaves = criterion.leaves();
                LeafResult[] leaves = new LeafResult[frameworkLeaves.size()];
                for (int l = 0; l < leaves.length; l++) {
                    Leaf leaf = frameworkLeaves.get(l);
                    LeafResult r = leaf.isSurvey()
                            ? surveyLeaf(leaf, leafMax[index], rows[index], counts, tally)
                            : appraisedLeaf(leaf, leafMax[index], rows[index]);
                    index++;
                    leaves[l] = r;
                    // The self-assessed total takes the self points of appraised and bonus leaves, the survey's own.
                    Fraction selfPoints = leaf.isSurvey() ? r.exactPoints()
                            : r.status() == LeafStatus.NOT_APPLICABLE || r.exactSelf() == null ? Fraction.ZERO
                            : r.exactSelf().min(leafMax[index - 1]);
                    self.add(selfPoints);
                    if (leaf.countsTowardsTotal()) {
                        cMax.add(r.exactMax());
                        cPoints.add(r.exactPoints());
                    } else {
                        cBonus.add(r.exactPoints());
                    }
                }
                Fraction criterionMax = cMax.take();
                Fraction criterionPoints = cPoints.take();
                Fraction criterionBonus = cBonus.take();
                criteria[c] = new CriterionResult(criterion, criterionMax, criterionPoints, criterionBonus,
                        List.of(leaves));
                areaMax.add(criterionMax);
                areaPoints.add(criterionPoints);
                areaBonus.add(criterionBonus);
            }
            Fraction exactAreaMax = areaMax.take();
            Fraction exactAreaPoints = areaPoints.take();
            Fraction exactAreaBonus = areaBonus.take();
            BigDecimal subIndex = exactAreaMax.isZero() ? null
                    : exactAreaPoints.multiply(Fraction.HUNDRED).divide(exactAreaMax)
                    .round(policy.roundingScale(), policy.roundingMode());
            areas[a] = new AreaResult(area, exactAreaMax, exactAreaPoints, exactAreaBonus, subIndex,
                    List.of(criteria));
            max.add(exactAreaMax);
            points.add(exactAreaPoints);
            bonus.add(exactAreaBonus);
        }
        Fraction unitMax = max.take();
        Fraction unitBonus = bonus.take();
        return new Scored(unit, unitMax, points.take().add(unitBonus).min(unitMax), self.take().min(unitMax),
                unitBonus, List.of(areas));
    }

    private LeafResult appraisedLeaf(Leaf leaf, Fraction leafMax, ExactAssessment exact) {
        Assessment row = exact == null ? null : exact.assessment();
        Fraction self = exact == null ? null : exact.self();
        Fraction appraised = exact == null ? null : exact.appraised();
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
        return new LeafResult(leaf, status, max, self, appraised, null, points, row, null);
    }

    private LeafResult surveyLeaf(Leaf leaf, Fraction leafMax, ExactAssessment exact, int[] counts,
                                 TallyView tally) {
        Assessment row = exact == null ? null : exact.assessment();
        ScaleTable scale = scales.get(leaf.scale());
        int[] toScale = tally.indexesOn(scale);
        int item = counts == null ? -1 : tally.tally.itemIndex(leaf.code());
        ScoringPolicy.SurveyConversion conversion = policy.surveyConversion();
        int options = scale.codes.length;
        // data: answers per option, then (group number, valid answers, coefficient sum) per group that has any
        long[] data = tally.scratch(options);
        int groups = 0;
        long answers = 0;
        long unscored = 0;
        long valid = 0;
        long sum = 0;
        long positive = 0;
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        if (item >= 0) {
            for (int g : tally.groupOrder) {
                int at = tally.tally.cell(item, g, 0);
                long groupValid = 0;
                long groupSum = 0;
                for (int o = 0; o < toScale.length; o++) {
                    int count = counts[at + o];
                    if (count < 0) {
                        continue;
                    }
                    int option = toScale[o];
                    data[option] += count;
                    answers += count;
                    if (!scale.scored[option]) {
                        unscored += count;
                        continue;
                    }
                    groupValid += count;
                    groupSum = Math.addExact(groupSum, Math.multiplyExact(scale.units[option], count));
                    if (scale.positive[option]) {
                        positive += count;
                    }
                }
                if (groupValid == 0) {
                    continue;
                }
                int slot = options + 3 * groups++;
                data[slot] = g;
                data[slot + 1] = groupValid;
                data[slot + 2] = groupSum;
                if (conversion == ScoringPolicy.SurveyConversion.GROUP_MEAN) {
                    BigDecimal weight = policy.groupWeight(tally.groupCodes[g]);
                    if (weight.signum() > 0) {
                        valid += groupValid;
                        Fraction w = Fraction.of(weight);
                        weighted = weighted.add(w.multiply(scale.fraction(groupSum).divide(Fraction.of(groupValid))));
                        weights = weights.add(w);
                    }
                } else {
                    valid += groupValid;
                    sum = Math.addExact(sum, groupSum);
                }
            }
        }
        Fraction ratio = null;
        if (conversion == ScoringPolicy.SurveyConversion.GROUP_MEAN) {
            ratio = weights.isZero() ? null : weighted.divide(weights);
        } else if (valid > 0) {
            ratio = conversion == ScoringPolicy.SurveyConversion.POSITIVE_SHARE
                    ? Fraction.of(positive, valid)
                    : scale.fraction(sum).divide(Fraction.of(valid));
        }
        SurveyOutcome outcome = new SurveyOutcome(policy, answers, valid, unscored, scale.codes,
                Arrays.copyOf(data, options + 3 * groups), ratio,
                tally.groupCodes, scale.decimals);
        LeafStatus status;
        Fraction max = leafMax;
        Fraction points = Fraction.ZERO;
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
            points = ratio.multiply(leafMax);
        }
        return new LeafResult(leaf, status, max, null, null, status == LeafStatus.SCORED ? points : null, points,
                row, outcome);
    }

    /** The tally of one scoring pass, with its codes mapped once onto the framework's scales. */
    private static final class TallyView {
        final SurveyTally tally;
        /** Group numbers sorted by group code (answers without group first). */
        final int[] groupOrder;
        final String[] groupCodes;
        private final Map<ScaleTable, int[]> indexes = new HashMap<>();

        TallyView(SurveyTally tally) {
            this.tally = tally;
            groupCodes = new String[tally.groupCount()];
            for (int g = 0; g < groupCodes.length; g++) {
                String code = tally.group(g);
                groupCodes[g] = code == null ? NO_GROUP : code;
            }
            groupOrder = java.util.stream.IntStream.range(0, groupCodes.length).boxed()
                    .sorted(Comparator.comparing(g -> groupCodes[g])).mapToInt(Integer::intValue).toArray();
        }

        private long[] scratch = new long[0];

        int[] countsOf(String unit) {
            return tally.countsOf(unit);
        }

        /** A zeroed work array for one survey leaf on a scale of {@code options} options. */
        long[] scratch(int options) {
            int size = options + 3 * groupOrder.length;
            if (scratch.length < size) {
                scratch = new long[size];
            } else {
                Arrays.fill(scratch, 0, size, 0);
            }
            return scratch;
        }

        /** For each option code of the tally, its index on {@code scale} (-1 when not on it). */
        int[] indexesOn(ScaleTable scale) {
            return indexes.computeIfAbsent(scale, s -> {
                int[] mapped = new int[tally.optionCount()];
                for (int o = 0; o < mapped.length; o++) {
                    mapped[o] = Arrays.asList(s.codes).indexOf(tally.option(o));
                }
                return mapped;
            });
        }
    }

    /**
     * A scale's options as arrays for the survey loop. Coefficients are held as whole numbers of
     * {@code 10^-decimals} so that sums over answers are {@code long} additions.
     */
    private static final class ScaleTable {
        final String[] codes;
        final boolean[] scored;
        final long[] units;
        final boolean[] positive;
        final int decimals;

        ScaleTable(AnswerScale scale, BigDecimal threshold) {
            int n = scale.options().size();
            codes = new String[n];
            scored = new boolean[n];
            units = new long[n];
            positive = new boolean[n];
            int maxScale = 0;
            for (AnswerOption o : scale.options()) {
                if (o.coefficient() != null) {
                    maxScale = Math.max(maxScale, o.coefficient().stripTrailingZeros().scale());
                }
            }
            decimals = maxScale;
            for (int i = 0; i < n; i++) {
                AnswerOption o = scale.options().get(i);
                codes[i] = o.code();
                scored[i] = o.coefficient() != null;
                units[i] = o.coefficient() == null ? 0
                        : o.coefficient().movePointRight(decimals).longValueExact();
                positive[i] = o.coefficient() != null && o.coefficient().compareTo(threshold) >= 0;
            }
        }

        /** {@code sum × 10^-decimals} exactly. */
        Fraction fraction(long sum) {
            return Fraction.ofDecimal(sum, decimals);
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
            return new UnitResult(unit, total, max, exactIndex, index, selfTotal, selfIndex, bonus, rank, among,
                    policy.bandOf(index).orElse(null), areas);
        }
    }
}
