package org.parindex.survey.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.questionnaire.application.AnswerSheets;
import org.parindex.survey.questionnaire.application.QuestionnaireSubmissions;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.respondent.application.RespondentService;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * Paper questionnaires (trực tiếp): a secretary types in what a respondent answered on paper. The answers go
 * through the questionnaire's own sheet and submission ({@link QuestionnaireSubmissions}, channel
 * {@link Channel#PAPER}): stored anonymously, the respondent marked as having answered on paper. The audit log
 * says who entered whose questionnaire, never what it said.
 */
@ApplicationScoped
@Transactional
public class PaperEntry {

    private RespondentService respondents;
    private AnswerSheets sheets;
    private QuestionnaireSubmissions submissions;
    private Submissions submitted;
    private AuditTrail audit;

    PaperEntry() {
        // for the CDI proxy
    }

    @Inject
    public PaperEntry(RespondentService respondents, AnswerSheets sheets, QuestionnaireSubmissions submissions,
                      Submissions submitted, AuditTrail audit) {
        this.respondents = respondents;
        this.sheets = sheets;
        this.submissions = submissions;
        this.submitted = submitted;
        this.audit = audit;
    }

    /**
     * The blank questionnaire of a respondent, to type a paper one into.
     *
     * @param respondentId the respondent
     * @param fullName     their name
     * @param group        their group's name
     * @param submittedAt  when they already answered, or null
     * @param channel      how they answered ({@code ONLINE}, {@code PAPER}), or null
     * @param sheet        the forms, units and questions they answer
     */
    public record PaperSheet(long respondentId, String fullName, String group, LocalDateTime submittedAt,
                             String channel, AnswerSheet sheet) {
    }

    public PaperSheet sheet(long campaignId, long respondentId) {
        Respondent r = respondents.find(campaignId, respondentId);
        Submission s = submitted.find(respondentId).orElse(null);
        return new PaperSheet(respondentId, r.fullName(), r.group().name(), s == null ? null : s.submittedAt(),
                s == null ? null : s.channel().name(), sheets.of(r));
    }

    /**
     * Submits a paper questionnaire.
     *
     * @throws org.parindex.survey.problem.InvalidInputException (422) naming each wrong or missing answer
     * @throws org.parindex.survey.problem.ConflictException     (409) already answered, or the campaign is
     *                                                          published
     */
    public Submission enter(long campaignId, long respondentId, List<Answer> answers) {
        Submission s = submissions.submit(campaignId, respondentId, answers, Channel.PAPER); // locks the respondent
        Respondent r = respondents.find(campaignId, respondentId);
        audit.record(AuditAction.PAPER_ENTERED, campaignId, "người được điều tra " + respondentId + " ("
                + r.fullName() + ", nhóm " + r.group().code() + ")", "nhập phiếu giấy: " + answers.size()
                + " câu trả lời (nội dung không ghi vào nhật ký)");
        return s;
    }
}
