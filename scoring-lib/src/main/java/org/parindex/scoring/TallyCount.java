package org.parindex.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many respondents of one group chose one option about one SURVEY leaf of one unit: a row of the answers
 * file ({@code unit,item,group,option,count}).
 *
 * @param unit   code of the rated unit; never blank
 * @param item   code of the SURVEY leaf; never blank
 * @param group  respondent group code, or {@code null} when the framework does not weigh groups
 * @param option option code of the leaf's answer scale; never blank
 * @param count  number of answers, at least 0
 */
public record TallyCount(String unit, String item, String group, String option, long count) {

    /**
     * Checks the components. A blank group becomes {@code null} (all groups).
     *
     * @throws IllegalArgumentException if the unit, item or option is blank, or the count is negative
     */
    public TallyCount {
        Require.text(unit, "unit");
        Require.text(item, () -> "item (unit " + unit + ")");
        group = Require.blankToNull(group);
        Require.text(option, () -> "option (unit " + unit + ", item " + item + ")");
        if (count < 0) {
            throw new IllegalArgumentException(
                    "count must be >= 0 (unit " + unit + ", item " + item + ", option " + option + "): " + count);
        }
    }

    /** The group, if given. */
    public Optional<String> groupCode() {
        return Optional.ofNullable(group);
    }

    /**
     * What does not fit {@code framework} in this row, each problem named
     * {@code "answers for unit U, item I"}: an unknown item, an item that is not a SURVEY leaf, an option not on
     * the leaf's scale, a missing group under {@code GROUP_MEAN}. Whether the unit is known is checked by
     * {@link Campaign}.
     */
    public List<Problem> problems(Framework framework) {
        Objects.requireNonNull(framework, "framework == null");
        return check(framework, unit, item, group, option);
    }

    static List<Problem> check(Framework framework, String unit, String item, String group, String option) {
        List<Problem> problems = new ArrayList<>(1);
        Problem itemProblem = itemProblem(framework, unit, item);
        if (itemProblem != null) {
            problems.add(itemProblem);
        } else {
            cellProblems(framework, framework.leaf(item).orElseThrow(), unit, group, option, problems);
        }
        return problems;
    }

    /** Why answers about {@code item} are not possible, or null when it is a SURVEY leaf. */
    static Problem itemProblem(Framework framework, String unit, String item) {
        Optional<Leaf> leaf = framework.leaf(item);
        if (leaf.isEmpty()) {
            return Problem.of(ProblemCode.UNKNOWN_ITEM, "answers for unit " + unit + ", item " + item,
                    "no such item in framework " + framework.code()).on("item", item)
                    .with("framework", framework.code()).with("hasSubCriteria", framework.criterion(item).isPresent()
                            || framework.area(item).isPresent());
        }
        if (!leaf.get().isSurvey()) {
            return Problem.of(ProblemCode.NOT_A_SURVEY_ITEM, "answers for unit " + unit + ", item " + item,
                    framework.describe(item) + " is scored by " + leaf.get().method()
                    + ", not by the survey: it takes no answers").on("item", item)
                    .with("method", leaf.get().method());
        }
        return null;
    }

    /** Adds what is wrong with one (group, option) cell of SURVEY leaf {@code leaf}. */
    static void cellProblems(Framework framework, Leaf leaf, String unit, String group, String option,
                             List<Problem> problems) {
        AnswerScale scale = framework.scaleOf(leaf).orElseThrow();
        if (scale.indexOf(option) < 0) {
            problems.add(Problem.of(ProblemCode.UNKNOWN_OPTION, "answers for unit " + unit + ", item " + leaf.code(),
                    "option \"" + option + "\" is not on scale " + scale.code() + " ("
                    + String.join(", ", scale.optionCodes()) + ")").on("option", option)
                    .with("scale", scale.code()).with("known", String.join(",", scale.optionCodes())));
        }
        if (group == null && framework.policy().surveyConversion() == ScoringPolicy.SurveyConversion.GROUP_MEAN) {
            problems.add(Problem.of(ProblemCode.BLANK, "answers for unit " + unit + ", item " + leaf.code(),
                    "group is missing: framework " + framework.code() + " weighs respondent groups (GROUP_MEAN)")
                    .on("group", null).with("framework", framework.code()));
        }
    }
}
