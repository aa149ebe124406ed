package org.parindex.survey.results.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.TallyCount;
import org.parindex.survey.questionnaire.application.ResponseCounts;
import org.parindex.survey.results.domain.SurveyCounts;

/**
 * {@link SurveyCounts} from the questionnaire's {@link ResponseCounts}: the anonymous answers counted per (rated
 * unit, criterion, group, option) as scoring-lib's {@link TallyCount}s, and how many questionnaires were submitted.
 * Never who answered what.
 */
@ApplicationScoped
public class QuestionnaireTally implements SurveyCounts {

    private ResponseCounts responses;

    QuestionnaireTally() {
        // for the CDI proxy
    }

    @Inject
    public QuestionnaireTally(ResponseCounts responses) {
        this.responses = responses;
    }

    @Override
    public List<TallyCount> tally(long campaignId) {
        return responses.tally(campaignId).stream()
                .map(c -> new TallyCount(c.unit(), c.criterion(), c.group(), c.option(), c.count())).toList();
    }

    @Override
    public long answers(long campaignId) {
        return responses.counts(campaignId).answers();
    }

    @Override
    public long submissions(long campaignId) {
        return responses.counts(campaignId).submitted();
    }

    @Override
    public Map<String, Long> submissionsByGroup(long campaignId) {
        Map<String, Long> map = new LinkedHashMap<>();
        responses.counts(campaignId).groups().forEach(g -> map.put(g.group(), g.submitted()));
        return map;
    }
}
