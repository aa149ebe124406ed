package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        for (Unit unit : units) {
            scored.add(scoreUnit(unit, assessments.getOrDefault(unit.code(), none), view));
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
        // Units without index come last in their group, unranked.
        Comparator<Scored> byIndex = (a, b) -> a.exactIndex == null || b.exactIndex == null
                ? Boolean.compare(a.exactIndex == null, b.exactIndex == null) : b.exactIndex.compareTo(a.exactIndex);
        List<UnitResult> results = new ArrayList<>(scored.size());
        for (List<Scored> group : groups.values()) {
            group.sort(byIndex.thenComparing(s -> s.unit.code()));
            int ranked = (int) group.stream().filter(s -> s.exactIndex != null).count();
            int rank = 0;
            for (int i = 0; i < group.size(); i++) {
                Scored s = group.get(i);
                if (s.exactIndex == null) {
                    results.add(s.result(0, ranked));
                    continue;
                }
                boolean tie = i > 0 && group.get(i - 1).exactIndex.compareTo(s.exactIndex) == 0;
                if (policy.ties() == ScoringPolicy.Ties.BY_CODE || !tie) {
                    rank = i + 1;
                }
                results.add(s.result(rank, ranked));
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
        TallyScale scale = tally.scale(leaf.scale());
        int item = counts == null ? -1 : tally.tally.itemIndex(leaf.code());
        ScoringPolicy.SurveyConversion conversion = policy.surveyConversion();
        long valid = 0;
        long sum = 0;
        long positive = 0;
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        if (item >= 0) {
            for (int g : scale.groupOrder) {
                int at = tally.tally.cell(item, g, 0);
                long groupValid = 0;
                long groupSum = 0;
                for (int o = 0; o < scale.toScale.length; o++) {
                    int count = counts[at + o];
                    if (count <= 0) {
                        continue;
                    }
                    int option = scale.toScale[o];
                    if (!scale.scored[option]) {
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
                if (conversion == ScoringPolicy.SurveyConversion.GROUP_MEAN) {
                    BigDecimal weight = policy.groupWeight(scale.groupCodes[g]);
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
        SurveyOutcome outcome = new SurveyOutcome(policy, scale, counts, item, valid, ratio);
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

    /** The tally of one scoring pass, with its codes mapped once onto each of the framework's scales. */
    private final class TallyView {
        final SurveyTally tally;
        private final Map<String, TallyScale> scales = new HashMap<>();

        TallyView(SurveyTally tally) {
            this.tally = tally;
        }

        int[] countsOf(String unit) {
            return tally.countsOf(unit);
        }

        TallyScale scale(String code) {
            return scales.computeIfAbsent(code, c -> new TallyScale(framework.answerScale(c).orElseThrow(),
                    policy.positiveThreshold(), tally));
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
            this.exactIndex = max.isZero() ? null : total.multiply(Fraction.HUNDRED).divide(max);
        }

        UnitResult result(int rank, int among) {
            if (exactIndex == null) {
                return new UnitResult(unit, total, max, null, null, selfTotal, null, bonus, 0, among, null, areas);
            }
            BigDecimal index = exactIndex.round(policy.roundingScale(), policy.roundingMode());
            BigDecimal selfIndex = selfTotal.multiply(Fraction.HUNDRED).divide(max)
                    .round(policy.roundingScale(), policy.roundingMode());
            return new UnitResult(unit, total, max, exactIndex, index, selfTotal, selfIndex, bonus, rank, among,
                    policy.bandOf(index).orElse(null), areas);
        }
    }
}
