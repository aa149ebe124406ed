package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.invitation.domain.AnsweredRespondents;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.Invitations.Invitee;
import org.parindex.survey.invitation.domain.Invitations.InviteeFilter;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.IssuedLink;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.invitation.domain.MailKind;
import org.parindex.survey.invitation.domain.MailTemplate.RenderedMail;
import org.parindex.survey.invitation.domain.MailTemplate;
import org.parindex.survey.invitation.domain.ReminderPolicy.Verdict;
import org.parindex.survey.invitation.domain.ReminderPolicy;
import org.parindex.survey.invitation.domain.ShortCode;
import org.parindex.survey.invitation.domain.SkipReason;
import org.parindex.survey.mail.application.OutboxService.Progress;
import org.parindex.survey.mail.application.OutboxService;
import org.parindex.survey.mail.domain.MailBatch;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.qr.CardSheet;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * Use cases of invitations, for the secretariat: invite a group (or everyone) in one call, remind those who have
 * not answered, reissue or revoke one respondent's link, show a respondent's link (for QR codes and cards), list
 * respondents with their status. Links are issued and their mails queued in one transaction; the {@code
 * MailWorker} sends them afterwards.
 *
 * <p>Invitations exist only while a campaign is OPEN or later: links work only while it is OPEN, and a DRAFT
 * campaign may still lose respondents, which invitations would hold on to.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    private static final int ALL = Integer.MAX_VALUE;

    private Campaigns campaigns;
    private Invitations invitations;
    private Outbox outbox;
    private OutboxService outboxService;
    private TemplateService templates;
    private LinkKeys keys;
    private InvitationConfig config;
    private SurveyConfig survey;
    private Clock clock;
    private Logger log;
    private AuditTrail audit;
    private AnsweredRespondents answeredRespondents;

    InvitationService() {
        // for the CDI proxy
    }

    @Inject
    public InvitationService(Campaigns campaigns, Invitations invitations, Outbox outbox,
                             OutboxService outboxService, TemplateService templates, LinkKeys keys,
                             InvitationConfig config, SurveyConfig survey, Clock clock, Logger log,
                             AuditTrail audit, AnsweredRespondents answeredRespondents) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.outbox = outbox;
        this.outboxService = outboxService;
        this.templates = templates;
        this.keys = keys;
        this.config = config;
        this.survey = survey;
        this.clock = clock;
        this.log = log;
        this.audit = audit;
        this.answeredRespondents = answeredRespondents;
    }

    /**
     * What one invite or remind call did.
     *
     * @param considered respondents looked at (the group, or everyone)
     * @param done       respondents invited (or reminded) now
     * @param skipped    respondents left out, by reason ({@link SkipReason} names, e.g. {@code SUBMITTED})
     * @param progress   the batch of mails queued, or {@code null} when no mail was queued
     */
    public record BatchResult(int considered, int done, Map<String, Integer> skipped, Progress progress) {
    }

    /**
     * Issues a link to every respondent of {@code group} (every group when null) who has none yet, and queues the
     * invitation mail of those with an e-mail address when {@code sendMail}. Respondents already invited are left
     * alone, so calling twice invites nobody twice; so are those who already answered (on paper, before any
     * link), who are never mailed.
     */
    public BatchResult invite(long campaignId, String group, boolean sendMail) {
        Campaign campaign = openCampaign(campaignId, "gửi thư mời");
        String g = groupCode(campaign, group);
        List<Invitee> all = invitations.invitees(campaignId, new InviteeFilter(g, null), 0, ALL);
        LocalDateTime now = now();
        MailBatch batch = null;
        int done = 0;
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        LinkSecret secret = keys.secret();
        Map<String, MailTemplate> templatesByGroup = new HashMap<>();
        Set<Long> answered = answered(campaignId);
        for (Invitee invitee : all) {
            if (answered.contains(invitee.respondent().id())) {
                skipped.merge(SkipReason.SUBMITTED.name(), 1, Integer::sum);
                continue;
            }
            if (invitee.invitation() != null) {
                skipped.merge(SkipReason.ALREADY_INVITED.name(), 1, Integer::sum);
                continue;
            }
            Respondent r = invitee.respondent();
            IssuedLink.Issued issued = IssuedLink.issue(secret);
            Invitation invitation = new Invitation(r, issued.link(), now);
            invitations.add(invitation);
            done++;
            if (!sendMail) {
                continue;
            }
            if (r.email().isEmpty()) {
                skipped.merge(SkipReason.NO_EMAIL.name(), 1, Integer::sum);
                continue;
            }
            if (batch == null) {
                batch = new MailBatch(campaignId, MailKind.INVITATION.name(), g, now);
                outbox.addBatch(batch);
            }
            queue(campaign, r, invitation, MailKind.INVITATION,
                    template(templatesByGroup, campaignId, r, MailKind.INVITATION), issued.credentials(), batch, now);
        }
        audit.record(AuditAction.INVITATIONS_SENT, campaignId, groupLabel(g), done + " người được mời"
                + (sendMail ? "" : " (không gửi thư)") + skippedLabel(skipped));
        if (done > 0) {
            int invited = done;
            log.info(() -> "Campaign " + campaignId + ": invited " + invited + " respondent(s)"
                    + (g == null ? "" : " of group " + g));
        }
        return new BatchResult(all.size(), done, skipped, batch == null ? null : outboxService.progressOf(batch));
    }

    /**
     * Queues a reminder to every invited respondent of {@code group} (every group when null) whom the {@link
     * ReminderPolicy} allows: not submitted, with an e-mail address, under the cap, far enough from the last mail,
     * and with no mail still waiting. Whoever has a submission (online or on paper) counts as SUBMITTED whatever
     * their invitation says.
     */
    public BatchResult remind(long campaignId, String group) {
        Campaign campaign = openCampaign(campaignId, "gửi thư nhắc");
        String g = groupCode(campaign, group);
        ReminderPolicy policy = config.reminders();
        List<Invitee> all = invitations.invitees(campaignId, new InviteeFilter(g, null), 0, ALL);
        Set<Long> pending = outbox.pendingRespondents(campaignId);
        LocalDateTime now = now();
        MailBatch batch = null;
        int done = 0;
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        LinkSecret secret = keys.secret();
        Map<String, MailTemplate> templatesByGroup = new HashMap<>();
        Set<Long> answered = answered(campaignId);
        for (Invitee invitee : all) {
            Respondent r = invitee.respondent();
            Verdict verdict = answered.contains(r.id()) ? Verdict.SUBMITTED
                    : policy.judge(invitee.invitation(), r.email().isPresent(), pending.contains(r.id()), now);
            if (verdict != Verdict.REMIND) {
                skipped.merge(verdict.name(), 1, Integer::sum);
                continue;
            }
            if (batch == null) {
                batch = new MailBatch(campaignId, MailKind.REMINDER.name(), g, now);
                outbox.addBatch(batch);
            }
            Invitation invitation = invitee.invitation();
            queue(campaign, r, invitation, MailKind.REMINDER,
                    template(templatesByGroup, campaignId, r, MailKind.REMINDER),
                    secret.credentials(invitation.nonce()), batch, now);
            done++;
        }
        audit.record(AuditAction.REMINDERS_SENT, campaignId, groupLabel(g), done + " thư nhắc" + skippedLabel(skipped));
        return new BatchResult(all.size(), done, skipped, batch == null ? null : outboxService.progressOf(batch));
    }

    /**
     * Gives a respondent a new link: the old one (and its code) stops working at once, mails still queued with it
     * are cancelled, and with {@code sendMail} a new invitation mail is queued.
     */
    public Invitee reissue(long campaignId, long respondentId, boolean sendMail) {
        Campaign campaign = openCampaign(campaignId, "cấp lại liên kết");
        Invitation invitation = invitation(campaignId, respondentId);
        LocalDateTime now = now();
        IssuedLink.Issued issued = IssuedLink.issue(keys.secret());
        invitations.addRevoked(invitation.reissue(issued.link(), now));
        outbox.cancelQueued(respondentId, now);
        Respondent r = invitation.respondent();
        if (sendMail && r.email().isPresent()) {
            queue(campaign, r, invitation, MailKind.INVITATION,
                    templates.forGroup(campaignId, r.group().code(), MailKind.INVITATION), issued.credentials(), null,
                    now);
        }
        audit.record(AuditAction.LINK_REISSUED, campaignId, respondentLabel(r),
                sendMail && r.email().isPresent() ? "gửi thư mời mới" : "không gửi thư");
        log.info(() -> "Campaign " + campaignId + ": link of respondent " + respondentId + " reissued");
        return new Invitee(r, invitation);
    }

    /** Withdraws a respondent's link: it stops working, queued mails are cancelled, the respondent is NOT_INVITED. */
    public Invitee revoke(long campaignId, long respondentId) {
        campaign(campaignId);
        Invitation invitation = invitation(campaignId, respondentId);
        invitations.addRevoked(invitation.revoke(now()));
        outbox.cancelQueued(respondentId, now());
        Respondent r = invitation.respondent();
        invitations.remove(invitation);
        audit.record(AuditAction.LINK_REVOKED, campaignId, respondentLabel(r), null);
        log.info(() -> "Campaign " + campaignId + ": link of respondent " + respondentId + " revoked");
        return new Invitee(r, null);
    }

    /**
     * A respondent's current link.
     *
     * @param invitee the respondent and their invitation
     * @param link    the address to open, {@code <public base URL>q/<token>}
     * @param code    the short code for typing
     */
    public record CurrentLink(Invitee invitee, URI link, ShortCode code) {
    }

    /**
     * The link of one invited respondent, read by the caller (audit-logged: whoever holds it can answer in the
     * respondent's name); 409 when they have none.
     *
     * @param form how the caller gets it, for the audit log, e.g. {@code "mã QR PNG"}
     */
    public CurrentLink link(long campaignId, long respondentId, String form) {
        campaign(campaignId);
        Invitation invitation = invitation(campaignId, respondentId);
        audit.record(AuditAction.LINK_READ, campaignId, respondentLabel(invitation.respondent()), form);
        return currentLink(new Invitee(invitation.respondent(), invitation));
    }

    /** The links of the invited respondents of a group, in registration order (for the card sheet). */
    private List<CurrentLink> links(long campaignId, String group) {
        Campaign campaign = campaign(campaignId);
        String g = groupCode(campaign, group);
        return invitations.invitees(campaignId, new InviteeFilter(g, null), 0, ALL).stream()
                .filter(i -> i.invitation() != null)
                .map(this::currentLink)
                .toList();
    }

    /**
     * The printable A4 sheet of QR cards of a group's invited respondents (every group when null); 409 when none of
     * them has a link yet.
     */
    public byte[] cardSheet(long campaignId, String group) {
        Campaign campaign = campaign(campaignId);
        List<CurrentLink> links = links(campaignId, group);
        if (links.isEmpty()) {
            throw new ConflictException("Chưa ai trong " + (group == null || group.isBlank() ? "đợt đánh giá"
                    : "nhóm " + group.strip()) + " có liên kết: hãy mời trước (POST /api/campaigns/" + campaignId
                    + "/invitations, có thể với \"sendMail\": false để chỉ in thẻ).",
                    FieldError.of("group", "chưa có ai được mời", group));
        }
        audit.record(AuditAction.QR_SHEET_DOWNLOADED, campaignId, groupLabel(groupCode(campaign, group)),
                links.size() + " thẻ, người được điều tra số " + String.join(", ", links.stream()
                        .map(l -> String.valueOf(l.invitee().respondent().id())).toList()));
        String site = survey.publicBaseUrl().getAuthority() + survey.publicBaseUrl().getPath();
        List<CardSheet.Card> cards = links.stream().map(l -> new CardSheet.Card(l.invitee().respondent().fullName(),
                l.invitee().respondent().group().name(), l.link(), l.code().display(),
                site + "q/" + l.code().display())).toList();
        java.time.LocalDate closes = campaign.deadlines().surveyCloses();
        return CardSheet.pdf(campaign.name(), closes == null ? "(chưa định)" : TemplateService.DATE.format(closes),
                cards);
    }

    /** The respondents of the campaign who have answered, online or on paper. */
    private Set<Long> answered(long campaignId) {
        return answeredRespondents.answered(campaignId);
    }

    private static String groupLabel(String group) {
        return group == null ? "mọi nhóm" : "nhóm " + group;
    }

    private static String respondentLabel(Respondent r) {
        return "người được điều tra " + r.id() + " (nhóm " + r.group().code() + ")";
    }

    private static String skippedLabel(Map<String, Integer> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("; bỏ qua: ");
        skipped.forEach((reason, n) -> s.append(SkipReason.of(reason).map(SkipReason::label).orElse(reason))
                .append(' ').append(n).append(", "));
        return s.substring(0, s.length() - 2);
    }

    private CurrentLink currentLink(Invitee invitee) {
        LinkSecret.Credentials c = keys.secret().credentials(invitee.invitation().nonce());
        return new CurrentLink(invitee, linkOf(c), c.code());
    }

    /** Respondents with their status, one page. */
    public List<Invitee> list(long campaignId, InviteeFilter filter, int offset, int limit) {
        Campaign campaign = campaign(campaignId);
        if (filter.group() != null) {
            groupCode(campaign, filter.group());
        }
        return invitations.invitees(campaignId, filter, offset, limit);
    }

    public long count(long campaignId, InviteeFilter filter) {
        return invitations.count(campaignId, filter);
    }

    /** One respondent with their status. */
    public Invitee find(long campaignId, long respondentId) {
        campaign(campaignId);
        return invitations.invitee(campaignId, respondentId)
                .orElseThrow(() -> new NotFoundException("người được điều tra", respondentId));
    }

    /**
     * The campaign's invitations at a glance, for the dashboard.
     *
     * @param respondents respondents in all
     * @param byStatus    respondents per status
     * @param byGroup     per group code, respondents per status
     * @param mails       outbox mails per status
     */
    public record Summary(long respondents, Map<InvitationStatus, Long> byStatus,
                          Map<String, Map<InvitationStatus, Long>> byGroup, Map<MailStatus, Long> mails) {
    }

    public Summary summary(long campaignId) {
        campaign(campaignId);
        Map<String, Map<InvitationStatus, Long>> byGroup = invitations.countByGroupAndStatus(campaignId);
        Map<InvitationStatus, Long> byStatus = new EnumMap<>(InvitationStatus.class);
        for (InvitationStatus s : InvitationStatus.values()) {
            byStatus.put(s, 0L);
        }
        byGroup.values().forEach(m -> m.forEach((s, n) -> byStatus.merge(s, n, Long::sum)));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(total, byStatus, byGroup, outboxService.counts(campaignId));
    }

    /** The template of the respondent's group, looked up once per group and call (queries flush the context). */
    private MailTemplate template(Map<String, MailTemplate> cache, long campaignId, Respondent r, MailKind kind) {
        return cache.computeIfAbsent(r.group().code(), g -> templates.forGroup(campaignId, g, kind));
    }

    private void queue(Campaign campaign, Respondent r, Invitation invitation, MailKind kind, MailTemplate template,
                       LinkSecret.Credentials credentials, MailBatch batch, LocalDateTime now) {
        RenderedMail mail = TemplateService.render(template, campaign, r, linkOf(credentials), credentials.code());
        outbox.add(new OutboxMail(new OutboxMail.Outgoing(campaign.id(), r.id(), kind.name(), r.email().orElseThrow(),
                r.fullName(), mail.subject(), mail.html(), mail.text()), batch == null ? null : batch.id(), now));
        invitation.mailQueued(kind == MailKind.REMINDER, now);
    }

    URI linkOf(LinkSecret.Credentials credentials) {
        return survey.publicBaseUrl().resolve("q/" + credentials.token().value());
    }

    private Invitation invitation(long campaignId, long respondentId) {
        return invitations.find(respondentId).filter(i -> i.campaignId() == campaignId).orElseThrow(() -> {
            boolean known = invitations.invitee(campaignId, respondentId).isPresent();
            return known ? new ConflictException("Người này chưa được mời: chưa có liên kết nào.",
                    FieldError.of("status", "NOT_INVITED"))
                    : new NotFoundException("người được điều tra", respondentId);
        });
    }

    private Campaign openCampaign(long campaignId, String action) {
        Campaign campaign = campaign(campaignId);
        if (campaign.status() != CampaignStatus.OPEN) {
            throw new ConflictException("Chỉ " + action + " khi đợt đánh giá đang mở (OPEN); hiện là "
                    + campaign.status() + " (" + campaign.status().label() + ")."
                    + (campaign.status() == CampaignStatus.DRAFT
                    ? " Mở đợt đánh giá trước: POST /api/campaigns/" + campaignId + "/status {\"status\":\"OPEN\"}."
                    : ""), FieldError.of("status", "cần OPEN", campaign.status().name()));
        }
        return campaign;
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    private static String groupCode(Campaign campaign, String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        String g = group.strip();
        if (campaign.group(g).isEmpty()) {
            throw new org.parindex.survey.problem.InvalidInputException("Không có nhóm mã " + g
                    + " trong đợt đánh giá.", List.of(FieldError.of("group", "không có nhóm mã " + g
                    + " trong đợt đánh giá", g)));
        }
        return g;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
