package org.parindex.survey.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.demo.DemoCampaign;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.application.AnswerSheets;
import org.parindex.survey.questionnaire.application.QuestionnaireSubmissions;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.questionnaire.domain.SheetOption;
import org.parindex.survey.questionnaire.domain.SheetQuestion;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents.RespondentFilter;
import org.parindex.survey.respondent.domain.Respondents;

/**
 * Demo mode only ({@code survey.demo.enabled}): simulated answers, so that a newcomer sees the dashboard's rates
 * rise. Submits complete, randomly chosen (mostly favourable) answers for some respondents who have not answered,
 * through the questionnaire's own submission, as if they had used their links.
 */
@ApplicationScoped
@Transactional
class DemoAnswers {

    /** Most respondents answered in one call. */
    public static final int MAX = 100;

    private SurveyConfig config;
    private Respondents respondents;
    private Submissions submissions;
    private AnswerSheets sheets;
    private QuestionnaireSubmissions submit;
    private AuditTrail audit;
    private Campaigns campaigns;
    private final Random random = new Random();

    DemoAnswers() {
        // for the CDI proxy
    }

    @Inject
    DemoAnswers(SurveyConfig config, Respondents respondents, Submissions submissions,
                       AnswerSheets sheets, QuestionnaireSubmissions submit, AuditTrail audit,
                       Campaigns campaigns) {
        this.campaigns = campaigns;
        this.config = config;
        this.respondents = respondents;
        this.submissions = submissions;
        this.sheets = sheets;
        this.submit = submit;
        this.audit = audit;
    }

    /** Whether simulated answers are available (demo mode). */
    boolean enabled() {
        return config.demoEnabled();
    }

    /**
     * Submits simulated answers for up to {@code count} respondents who have not answered.
     *
     * @return how many were submitted
     * @throws ConflictException (409) outside demo mode, on any campaign but the demo campaign, or when the survey
     *                           does not take answers
     */
    int submit(long campaignId, int count) {
        if (!enabled()) {
            throw new ConflictException("Chỉ có phiếu mô phỏng khi chạy dữ liệu mẫu (survey.demo.enabled=true).",
                    FieldError.of("demo", "không ở chế độ dữ liệu mẫu"));
        }
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("đợt đánh giá",
                campaignId));
        if (!DemoCampaign.isDemo(campaign)) {
            throw new ConflictException("Phiếu mô phỏng chỉ dùng được cho đợt dữ liệu mẫu (" + DemoCampaign.NAME
                    + "), không cho đợt thật.", FieldError.of("campaign", "không phải đợt dữ liệu mẫu",
                    String.valueOf(campaignId)));
        }
        int wanted = Math.max(1, Math.min(count, MAX));
        Set<Long> answered = new HashSet<>();
        submissions.ofCampaign(campaignId).forEach(s -> answered.add(s.respondentId()));
        List<Respondent> waiting = new ArrayList<>();
        for (Respondent r : respondents.list(campaignId, new RespondentFilter(null, null, null), 0, Integer.MAX_VALUE)) {
            if (!answered.contains(r.id())) {
                waiting.add(r);
            }
        }
        java.util.Collections.shuffle(waiting, random);
        int done = 0;
        for (Respondent r : waiting.subList(0, Math.min(wanted, waiting.size()))) {
            AnswerSheet sheet = sheets.of(r);
            if (sheet.size() == 0) {
                continue;
            }
            List<Answer> answers = new ArrayList<>();
            for (AnswerCell cell : sheet.cells()) {
                SheetQuestion q = sheet.questionOf(cell).orElseThrow();
                answers.add(new Answer(cell, pick(q.options())));
            }
            submit.submit(campaignId, r.id(), answers, Channel.ONLINE);
            done++;
        }
        audit.record(AuditAction.DEMO_ANSWERS, campaignId, "phiếu mô phỏng (dữ liệu mẫu)", done
                + " phiếu trả lời mô phỏng được nộp");
        return done;
    }

    /** Mostly the better options, sometimes "don't know". */
    private String pick(List<SheetOption> options) {
        double x = random.nextDouble();
        int scored = (int) options.stream().filter(o -> !o.dontKnow()).count();
        if (x > 0.95 && scored < options.size()) {
            return options.stream().filter(SheetOption::dontKnow).findFirst().orElseThrow().code();
        }
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * scored);
        return options.stream().filter(o -> !o.dontKnow()).toList().get(Math.min(i, scored - 1)).code();
    }
}
