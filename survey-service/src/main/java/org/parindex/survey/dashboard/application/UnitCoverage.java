package org.parindex.survey.dashboard.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.AnswerOption;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.TallyCount;

/**
 * How well the survey covers one rated unit: how many people rated it (the most answers any of its survey
 * criteria got) and the fewest valid answers (a scored option, not "don't know") of any survey criterion of the
 * framework — the figure the framework's {@code minValidAnswers} applies to.
 *
 * @param unit     unit code
 * @param raters   answers of its most answered survey criterion
 * @param minValid valid answers of its least answered survey criterion (0 when one has none)
 * @param lacking  whether {@code minValid} is below the framework's minimum
 */
public record UnitCoverage(String unit, long raters, long minValid, boolean lacking) {

    /** The coverage of {@code unit} under {@code framework}, from the campaign's tally. */
    public static UnitCoverage of(String unit, Framework framework, List<TallyCount> tallyOfUnit) {
        Map<String, Long> answers = new HashMap<>();
        Map<String, Long> valid = new HashMap<>();
        for (TallyCount c : tallyOfUnit) {
            answers.merge(c.item(), c.count(), Long::sum);
            Leaf leaf = framework.leaf(c.item()).orElse(null);
            if (leaf != null && leaf.isSurvey() && scored(framework, leaf, c.option())) {
                valid.merge(c.item(), c.count(), Long::sum);
            }
        }
        long raters = answers.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long minValid = framework.surveyLeaves().stream().mapToLong(l -> valid.getOrDefault(l.code(), 0L)).min()
                .orElse(0);
        boolean lacking = !framework.surveyLeaves().isEmpty() && minValid < framework.policy().minValidAnswers();
        return new UnitCoverage(unit, raters, minValid, lacking);
    }

    private static boolean scored(Framework framework, Leaf leaf, String option) {
        AnswerScale scale = framework.scaleOf(leaf).orElse(null);
        if (scale == null) {
            return false;
        }
        for (AnswerOption o : scale.options()) {
            if (o.code().equals(option)) {
                return o.coefficient() != null;
            }
        }
        return false;
    }
}
