package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.domain.Drafts;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.questionnaire.domain.PendingAnswers;
import org.parindex.survey.questionnaire.domain.SurveyAnswers;
import org.parindex.survey.questionnaire.domain.SurveyAnswers.TallyCount;
import org.parindex.survey.respondent.domain.Respondents;

/**
 * What the secretariat may know of the answers: per group, how many respondents there are, how many are answering
 * and how many have submitted; and the anonymous answers counted per (rated unit, criterion, group, option), which
 * is what scoring needs. Never which person gave which answer.
 */
@ApplicationScoped
@Transactional
public class ResponseCounts {

    private Campaigns campaigns;
    private Respondents respondents;
    private Submissions submissions;
    private Drafts drafts;
    private SurveyAnswers answers;
    private PendingAnswers pending;

    ResponseCounts() {
        // for the CDI proxy
    }

    @Inject
    public ResponseCounts(Campaigns campaigns, Respondents respondents, Submissions submissions, Drafts drafts,
                          SurveyAnswers answers, PendingAnswers pending) {
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.submissions = submissions;
        this.drafts = drafts;
        this.answers = answers;
        this.pending = pending;
    }

    /**
     * The counts of one group.
     *
     * @param group       group code
     * @param name        group name
     * @param quota       the group's quota
     * @param respondents respondents registered
     * @param submitted   questionnaires submitted
     */
    public record GroupCount(String group, String name, int quota, long respondents, long submitted) {
    }

    /**
     * The counts of a campaign.
     *
     * @param respondents respondents registered
     * @param submitted   questionnaires submitted (online and on paper)
     * @param answering   respondents with a draft, not yet submitted
     * @param answers     anonymous answers stored (cells), after mixing
     * @param waitingSets submitted answer sets waiting for the mixer (counted once mixed)
     * @param groups      per group, in plan order
     */
    public record Counts(long respondents, long submitted, long answering, long answers, long waitingSets,
                         List<GroupCount> groups) {
    }

    public Counts counts(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Map<String, Long> registered = respondents.countByGroup(campaignId);
        Map<String, Long> submittedByGroup = submissions.countByGroup(campaignId);
        List<GroupCount> groups = new ArrayList<>();
        for (SampleGroup g : campaign.groups()) {
            groups.add(new GroupCount(g.code(), g.name(), g.quota(), registered.getOrDefault(g.code(), 0L),
                    submittedByGroup.getOrDefault(g.code(), 0L)));
        }
        long total = registered.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(total, submissions.count(campaignId), drafts.respondentsWithDraft(campaignId).size(),
                answers.count(campaignId), pending.count(campaignId), groups);
    }

    /** The anonymous answers counted per (rated unit, criterion, group, option). */
    public List<TallyCount> tally(long campaignId) {
        campaign(campaignId);
        return answers.tally(campaignId);
    }

    /**
     * The same counts as scoring-lib's {@link org.parindex.scoring.TallyCount}s (criterion = the framework's item),
     * which the results and the dashboard's coverage read.
     */
    public List<org.parindex.scoring.TallyCount> tallyForScoring(long campaignId) {
        return tally(campaignId).stream().map(c -> new org.parindex.scoring.TallyCount(c.unit(), c.criterion(),
                c.group(), c.option(), c.count())).toList();
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }
}
