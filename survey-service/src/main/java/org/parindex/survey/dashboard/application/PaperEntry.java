package org.parindex.survey.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.application.CampaignService;
import org.parindex.survey.campaign.application.SecretariatContact;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.qr.PaperQuestionnaire;
import org.parindex.survey.questionnaire.domain.SheetForm;
import org.parindex.survey.questionnaire.domain.SheetQuestion;
import org.parindex.survey.questionnaire.domain.SheetSection;
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
    private CampaignService campaigns;
    private SecretariatContact contacts;

    PaperEntry() {
        // for the CDI proxy
    }

    @Inject
    public PaperEntry(RespondentService respondents, AnswerSheets sheets, QuestionnaireSubmissions submissions,
                      Submissions submitted, AuditTrail audit, CampaignService campaigns,
                      SecretariatContact contacts) {
        this.respondents = respondents;
        this.sheets = sheets;
        this.submissions = submissions;
        this.submitted = submitted;
        this.audit = audit;
        this.campaigns = campaigns;
        this.contacts = contacts;
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

    /**
     * The printable blank questionnaire of a group (PDF): its forms with the units its members rate, instructions,
     * the return deadline (the survey's last day) and whom to contact; audit-logged like the QR card sheet.
     *
     * @throws org.parindex.survey.problem.InvalidInputException (422) when the campaign has no such group
     */
    public byte[] blankForm(long campaignId, String groupCode) {
        Campaign campaign = campaigns.find(campaignId);
        if (groupCode == null || groupCode.isBlank()) {
            throw InvalidInputException.of("group", "bắt buộc: mã nhóm đối tượng điều tra");
        }
        SampleGroup group = campaign.group(groupCode.strip()).orElseThrow(() -> new InvalidInputException(
                "Không có nhóm này trong đợt đánh giá.", List.of(FieldError.of("group",
                "không có nhóm mã " + groupCode.strip() + " trong đợt đánh giá", groupCode.strip()))));
        AnswerSheet sheet = sheets.blank(group);
        LocalDate closes = campaign.deadlines().surveyCloses();
        String contact = contacts.of(campaign).map(PaperEntry::printed).orElse("Tổ thư ký cuộc khảo sát");
        List<PaperQuestionnaire.Form> forms = sheet.forms().stream().map(PaperEntry::printed).toList();
        byte[] pdf = PaperQuestionnaire.pdf(new PaperQuestionnaire.Sheet(campaign.name(), group.name(),
                closes == null ? "(chưa định)" : DATE.format(closes), contact, forms));
        audit.record(AuditAction.PAPER_FORM_DOWNLOADED, campaignId, "nhóm " + group.code(), forms.size()
                + " phiếu, " + sheet.forms().stream().mapToInt(f -> f.questions().size()).sum() + " câu hỏi");
        return pdf;
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String printed(Contact c) {
        return c.name() + (c.phone() == null ? "" : ", điện thoại " + c.phone())
                + (c.email() == null ? "" : ", e-mail " + c.email());
    }

    private static PaperQuestionnaire.Form printed(SheetForm f) {
        List<PaperQuestionnaire.Question> questions = new java.util.ArrayList<>();
        int number = 0;
        for (SheetSection s : f.sections()) {
            boolean first = true;
            for (SheetQuestion q : s.questions()) {
                number++;
                questions.add(new PaperQuestionnaire.Question("Câu " + number, q.text(),
                        first ? s.code() + ". " + s.title() : null, q.options().stream()
                        .map(o -> new PaperQuestionnaire.Option(o.code(), o.label(), o.dontKnow())).toList()));
                first = false;
            }
        }
        return new PaperQuestionnaire.Form(f.title(), f.levelName(), f.units().stream().map(u -> u.name()).toList(),
                questions);
    }
}
