package org.parindex.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One assessment round of one framework (đợt đánh giá): the units scored, their self-assessments and appraisals,
 * and the tallied survey answers — checked as a whole, ready to {@link #score()}.
 *
 * <pre>{@code
 * CampaignResult result = Campaign.builder(framework)
 *         .units(units)                  // optional: else the units of the assessments
 *         .assessments(assessments)
 *         .tally(tally)                  // optional: no survey answers
 *         .build()                       // ValidationException listing every problem
 *         .score();
 * }</pre>
 *
 * <p>Units: when a unit list is given, the units of the framework's level are scored (the others may serve as
 * parents, e.g. districts of communes); a unit without any row scores 0 on its APPRAISED leaves. Without a list,
 * the units are those named by the assessments, in order of first appearance.
 */
public final class Campaign {

    private final Framework framework;
    private final List<Unit> units;
    private final List<Assessment> assessments;
    private final Map<String, ExactAssessment[]> assessmentsByUnit;
    private final SurveyTally tally;

    private Campaign(Framework framework, List<Unit> units, List<Assessment> assessments,
                     Map<String, ExactAssessment[]> assessmentsByUnit, SurveyTally tally) {
        this.framework = framework;
        this.units = units;
        this.assessments = assessments;
        this.assessmentsByUnit = assessmentsByUnit;
        this.tally = tally;
    }

    /** A builder for a round scored with {@code framework}. */
    public static Builder builder(Framework framework) {
        return new Builder(framework);
    }

    /** The framework. */
    public Framework framework() {
        return framework;
    }

    /** The units scored (those of the framework's level), in input order. */
    public List<Unit> units() {
        return units;
    }

    /** The assessments, in input order. */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** The tallied survey answers. */
    public SurveyTally tally() {
        return tally;
    }

    /**
     * Scores every unit: points per leaf, criterion and area, sub-indices, total, applicable max, index, rank and
     * band. Deterministic: the same campaign always gives equal results. A campaign is immutable, and each call
     * scores on its own, so calls from several threads are safe. A unit to which nothing applies (every leaf not
     * applicable or excluded for too few answers) gets {@link UnitResult.Status#NO_INDEX}: no index, rank or band;
     * the other units are scored and ranked as usual.
     */
    public CampaignResult score() {
        return new CampaignScorer(framework).score(units, assessmentsByUnit, tally);
    }

    /** Builds a {@link Campaign}; {@link #build()} checks the whole input. */
    public static final class Builder {

        private final Framework framework;
        private List<Unit> units;
        private final List<Assessment> assessments = new ArrayList<>();
        private SurveyTally tally = SurveyTally.empty();

        private Builder(Framework framework) {
            this.framework = Objects.requireNonNull(framework, "framework == null");
        }

        /** The units (of any level; those of the framework's level are scored). */
        public Builder units(List<Unit> value) {
            this.units = Require.list(value, "units");
            return this;
        }

        /** Adds one assessment. */
        public Builder assessment(Assessment value) {
            assessments.add(Objects.requireNonNull(value, "assessment == null"));
            return this;
        }

        /** Adds assessments, in order. */
        public Builder assessments(List<Assessment> value) {
            Require.list(value, "assessments").forEach(this::assessment);
            return this;
        }

        /** The tallied survey answers (default: none). */
        public Builder tally(SurveyTally value) {
            this.tally = Objects.requireNonNull(value, "tally == null");
            return this;
        }

        /**
         * The campaign.
         *
         * @throws ValidationException listing every problem: duplicate units, assessments of unknown units or
         *                             leaves, values that do not fit their leaf, answers about unknown units, about
         *                             leaves that are not SURVEY leaves, or with options not on the leaf's scale
         */
        public Campaign build() {
            List<Problem> problems = new ArrayList<>();
            Map<String, Unit> all = new LinkedHashMap<>();
            List<Unit> scored = new ArrayList<>();
            if (units != null) {
                for (Unit u : units) {
                    if (all.putIfAbsent(u.code(), u) != null) {
                        problems.add(Problem.of("unit " + u.code(), "code is used twice"));
                    } else if (u.level().equals(framework.level())) {
                        scored.add(u);
                    }
                }
                for (Unit u : scored) {
                    if (u.parent() != null && !all.containsKey(u.parent())) {
                        problems.add(Problem.of("unit " + u.code(), "parent " + u.parent() + " is not a known unit"));
                    }
                }
                if (scored.isEmpty()) {
                    problems.add(Problem.of("units", "none is of level " + framework.level() + ", the level of "
                            + "framework " + framework.code()));
                }
            } else {
                for (Assessment a : assessments) {
                    if (!all.containsKey(a.unit())) {
                        Unit u = Unit.of(a.unit(), a.unit(), framework.level());
                        all.put(u.code(), u);
                        scored.add(u);
                    }
                }
            }
            Set<String> scoredCodes = new java.util.HashSet<>();
            scored.forEach(u -> scoredCodes.add(u.code()));
            Map<String, ExactAssessment[]> byUnit = new HashMap<>();
            int leafCount = framework.leaves().size();
            Fraction[] exact = new Fraction[2];
            for (Assessment a : assessments) {
                if (!scoredCodes.contains(a.unit())) {
                    problems.add(unknownUnit("unit " + a.unit() + ", item " + a.item(), a.unit(), all));
                    continue;
                }
                List<Problem> rowProblems = a.check(framework, exact);
                problems.addAll(rowProblems);
                if (!rowProblems.isEmpty()) {
                    continue;
                }
                ExactAssessment[] rows = byUnit.computeIfAbsent(a.unit(), u -> new ExactAssessment[leafCount]);
                int i = framework.indexOf(a.item());
                if (rows[i] != null) {
                    problems.add(Problem.of("unit " + a.unit() + ", " + framework.describe(a.item()),
                            "is assessed twice"));
                } else {
                    rows[i] = new ExactAssessment(a, exact[0], exact[1]);
                }
            }
            checkTally(scoredCodes, all, problems);
            if (scored.isEmpty() && units == null) {
                problems.add(Problem.of("campaign", "has no units to score (no unit list and no assessments)"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException("campaign of framework " + framework.code(), problems);
            }
            return new Campaign(framework, List.copyOf(scored), List.copyOf(assessments), byUnit, tally);
        }

        /**
         * Answers about unknown units, unknown or non-SURVEY items, options not on the leaf's scale, or without group
         * under {@code GROUP_MEAN}. Each code is checked once; only the cells of a code found wrong are looked at.
         */
        private void checkTally(Set<String> scoredCodes, Map<String, Unit> all, List<Problem> problems) {
            List<String> known = new ArrayList<>();
            for (String unit : tally.units()) {
                if (scoredCodes.contains(unit)) {
                    known.add(unit);
                } else {
                    problems.add(unknownUnit("answers for unit " + unit, unit, all));
                }
            }
            boolean groupNeeded = framework.policy().surveyConversion() == ScoringPolicy.SurveyConversion.GROUP_MEAN;
            int noGroup = groupNeeded ? tally.groupIndex(null) : -1;
            for (String item : new java.util.TreeSet<>(tally.itemCodes())) {
                int i = tally.itemIndex(item);
                Leaf leaf = framework.leaf(item).filter(Leaf::isSurvey).orElse(null);
                if (leaf == null) {
                    for (String unit : known) {
                        if (tally.hasAnswers(unit, i)) {
                            problems.add(TallyCount.itemProblem(framework, unit, item));
                        }
                    }
                    continue;
                }
                AnswerScale scale = framework.scaleOf(leaf).orElseThrow();
                boolean[] valid = new boolean[tally.optionCount()];
                boolean allValid = true;
                for (int o = 0; o < valid.length; o++) {
                    valid[o] = scale.indexOf(tally.option(o)) >= 0;
                    allValid &= valid[o];
                }
                if (allValid && noGroup < 0) {
                    continue;
                }
                for (String unit : known) {
                    int[] counts = tally.countsOf(unit);
                    for (int g = 0; g < tally.groupCount(); g++) {
                        for (int o = 0; o < valid.length; o++) {
                            if (counts[tally.cell(i, g, o)] >= 0 && (!valid[o] || g == noGroup)) {
                                TallyCount.cellProblems(framework, leaf, unit, tally.group(g), tally.option(o),
                                        problems);
                            }
                        }
                    }
                }
            }
        }

        private Problem unknownUnit(String item, String code, Map<String, Unit> all) {
            Unit known = all.get(code);
            if (known != null) {
                return Problem.of(item, "unit " + code + " is of level " + known.level() + ", but framework "
                        + framework.code() + " scores level " + framework.level());
            }
            return Problem.of(item, "unknown unit " + code + (units == null ? "" : " (not in the unit list)"));
        }
    }
}
