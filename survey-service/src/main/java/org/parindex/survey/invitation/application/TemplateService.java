package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.invitation.domain.CustomTemplate;
import org.parindex.survey.invitation.domain.CustomTemplates;
import org.parindex.survey.invitation.domain.DefaultTemplates;
import org.parindex.survey.invitation.domain.MailKind;
import org.parindex.survey.invitation.domain.MailTemplate.RenderedMail;
import org.parindex.survey.invitation.domain.MailTemplate;
import org.parindex.survey.invitation.domain.Placeholder;
import org.parindex.survey.invitation.domain.ShortCode;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * The mail templates of a campaign: which one a group's respondents get (the group's, else the campaign's, else the
 * default), writing and removing them, and previewing a mail before anything is sent.
 */
@ApplicationScoped
@Transactional
public class TemplateService {

    /** Dates in mails: {@code 31/12/2023}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Campaigns campaigns;
    private CustomTemplates templates;
    private SurveyConfig survey;
    private Clock clock;
    private AuditTrail audit;

    TemplateService() {
        // for the CDI proxy
    }

    @Inject
    public TemplateService(Campaigns campaigns, CustomTemplates templates, SurveyConfig survey, Clock clock,
                           AuditTrail audit) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.survey = survey;
        this.clock = clock;
        this.audit = audit;
    }

    /** Where a template in use comes from. */
    public enum Source {
        GROUP, CAMPAIGN, DEFAULT
    }

    /**
     * The template a group's respondents get, and where it comes from.
     *
     * @param kind      invitation or reminder
     * @param group     the group code, or {@link CustomTemplate#ALL_GROUPS}
     * @param source    whose template it is
     * @param template  its texts
     * @param updatedAt when it was last written, {@code null} for the default
     */
    public record Effective(MailKind kind, String group, Source source, MailTemplate template,
                            LocalDateTime updatedAt) {
    }

    /** The template in use for {@code group} (a code, or {@code *} for the campaign's own). */
    public Effective effective(long campaignId, String group, MailKind kind) {
        Campaign campaign = campaign(campaignId);
        return inUse(campaign.id(), group(campaign, group), kind);
    }

    private Effective inUse(long campaignId, String group, MailKind kind) {
        if (!CustomTemplate.ALL_GROUPS.equals(group)) {
            Optional<CustomTemplate> own = templates.find(campaignId, group, kind);
            if (own.isPresent()) {
                return new Effective(kind, group, Source.GROUP, own.get().template(), own.get().updatedAt());
            }
        }
        return templates.find(campaignId, CustomTemplate.ALL_GROUPS, kind)
                .map(t -> new Effective(kind, group, Source.CAMPAIGN, t.template(), t.updatedAt()))
                .orElse(new Effective(kind, group, Source.DEFAULT, DefaultTemplates.of(kind), null));
    }

    /** For every kind, the campaign's template and each group's. */
    public List<Effective> overview(long campaignId) {
        Campaign campaign = campaign(campaignId);
        List<Effective> all = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            all.add(inUse(campaign.id(), CustomTemplate.ALL_GROUPS, kind));
            for (SampleGroup g : campaign.groups()) {
                all.add(inUse(campaign.id(), g.code(), kind));
            }
        }
        return all;
    }

    /** Writes the template of {@code group} ({@code *}: the campaign's); 422 naming each field at fault. */
    public Effective save(long campaignId, String group, MailKind kind, MailTemplate template) {
        Campaign campaign = campaign(campaignId);
        String g = group(campaign, group);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Optional<CustomTemplate> existing = templates.find(campaignId, g, kind);
        if (existing.isPresent()) {
            existing.get().replace(template, now);
        } else {
            templates.add(new CustomTemplate(campaignId, g, kind, template, now));
        }
        audit.record(AuditAction.MAIL_TEMPLATE_CHANGED, campaignId, templateLabel(g, kind),
                "tiêu đề: " + template.subject());
        return inUse(campaignId, g, kind);
    }

    /** Removes the template of {@code group}: it falls back to the campaign's or the default. */
    public Effective reset(long campaignId, String group, MailKind kind) {
        Campaign campaign = campaign(campaignId);
        String g = group(campaign, group);
        Optional<CustomTemplate> existing = templates.find(campaignId, g, kind);
        if (existing.isPresent()) {
            templates.remove(existing.get());
            audit.record(AuditAction.MAIL_TEMPLATE_CHANGED, campaignId, templateLabel(g, kind), "bỏ mẫu riêng");
        }
        return inUse(campaignId, g, kind);
    }

    /**
     * A mail as {@code respondent} would get it, from {@code draft} or (when null) the template in use. The link
     * and code are examples, never a real respondent's.
     */
    public RenderedMail preview(long campaignId, String group, MailKind kind, MailTemplate draft,
                                Respondent respondent) {
        Campaign campaign = campaign(campaignId);
        String g = group(campaign, group);
        MailTemplate template = draft != null ? draft : inUse(campaignId, g, kind).template();
        if (draft != null && !draft.problems().isEmpty()) {
            throw new InvalidInputException("Mẫu thư không hợp lệ.", draft.problems());
        }
        SampleGroup sampleGroup = respondent != null ? respondent.group()
                : campaign.group(g).orElse(campaign.groups().isEmpty() ? null : campaign.groups().get(0));
        URI exampleLink = survey.publicBaseUrl().resolve("q/VIDU-LIEN-KET-MAU-KHONG-DUNG-DUOC");
        return template.render(values(campaign, sampleGroup, respondent, exampleLink,
                new ShortCode("ABCDE12345")));
    }

    /** The template of {@code kind} that the members of {@code group} (a code of the campaign) get. */
    MailTemplate forGroup(long campaignId, String group, MailKind kind) {
        return inUse(campaignId, group, kind).template();
    }

    /** One respondent's mail from {@code template}, with their real link. */
    static RenderedMail render(MailTemplate template, Campaign campaign, Respondent respondent, URI link,
                               ShortCode code) {
        return template.render(values(campaign, respondent.group(), respondent, link, code));
    }

    private static Map<Placeholder, String> values(Campaign campaign, SampleGroup group, Respondent r, URI link,
                                                   ShortCode code) {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.NAME, r != null ? r.fullName() : "Nguyễn Văn A (ví dụ)");
        v.put(Placeholder.POSITION, r != null ? r.position().orElse("") : "Chủ tịch UBND (ví dụ)");
        v.put(Placeholder.ORGANISATION, r != null ? r.organisation().orElse("") : "UBND xã (ví dụ)");
        v.put(Placeholder.GROUP, group == null ? "" : group.name());
        v.put(Placeholder.CAMPAIGN, campaign.name());
        LocalDate closes = campaign.deadlines().surveyCloses();
        v.put(Placeholder.DEADLINE, closes == null ? "(chưa định)" : DATE.format(closes));
        v.put(Placeholder.LINK, link.toString());
        v.put(Placeholder.CODE, code.display());
        return v;
    }

    private static String templateLabel(String group, MailKind kind) {
        return "mẫu " + kind.name() + (CustomTemplate.ALL_GROUPS.equals(group) ? " của đợt" : ", nhóm " + group);
    }

    private static String group(Campaign campaign, String group) {
        if (group == null || group.isBlank() || CustomTemplate.ALL_GROUPS.equals(group.strip())) {
            return CustomTemplate.ALL_GROUPS;
        }
        String g = group.strip();
        if (campaign.group(g).isEmpty()) {
            throw new NotFoundException("nhóm đối tượng điều tra", g);
        }
        return g;
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }
}
