package org.parindex.survey.invitation.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.parindex.survey.invitation.application.InvitationService.BatchResult;
import org.parindex.survey.invitation.application.InvitationService.CurrentLink;
import org.parindex.survey.invitation.application.TemplateService.Effective;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.Invitations.Invitee;
import org.parindex.survey.invitation.domain.Placeholder;
import org.parindex.survey.invitation.domain.SkipReason;
import org.parindex.survey.mail.rest.OutboxJson.BatchView;
import org.parindex.survey.problem.MalformedRequestException;

/** The JSON shapes of the invitations API. */
public final class InvitationJson {

    private InvitationJson() {
    }

    /**
     * Body of {@code POST /invitations} and {@code /reminders}.
     *
     * @param group    a group code; absent or null: every group
     * @param sendMail whether to queue mails (invitations only; default true); false issues links for QR cards only
     */
    public record InviteBody(String group, Boolean sendMail) {

        boolean mail() {
            return sendMail == null || sendMail;
        }
    }

    /**
     * Body of {@code POST /invitations/{respondentId}/reissue}.
     *
     * @param sendMail whether to mail the new link (default true)
     */
    public record ReissueBody(Boolean sendMail) {
    }

    /**
     * A respondent with their invitation.
     *
     * @param respondentId  the respondent
     * @param fullName      their name
     * @param group         their group code
     * @param email         their address, if any
     * @param status        NOT_INVITED, INVITED, OPENED, IN_PROGRESS, SUBMITTED or FAILED
     * @param statusLabel   the status in Vietnamese
     * @param invitedAt     when first invited
     * @param linkIssuedAt  when the current link was issued
     * @param openedAt      when the questionnaire was first opened
     * @param submittedAt   when submitted
     * @param remindersSent reminders queued so far
     * @param lastMailedAt  when the last mail was queued
     */
    public record InviteeView(long respondentId, String fullName, String group, String email, String status,
                              String statusLabel, LocalDateTime invitedAt, LocalDateTime linkIssuedAt,
                              LocalDateTime openedAt, LocalDateTime submittedAt, int remindersSent,
                              LocalDateTime lastMailedAt) {

        static InviteeView of(Invitee i) {
            InvitationStatus s = i.status();
            Invitation inv = i.invitation();
            return new InviteeView(i.respondent().id(), i.respondent().fullName(), i.respondent().group().code(),
                    i.respondent().email().orElse(null), s.name(), s.label(),
                    inv == null ? null : inv.invitedAt(), inv == null ? null : inv.issuedAt(),
                    inv == null ? null : inv.openedAt().orElse(null), inv == null ? null : inv.submittedAt().orElse(null),
                    inv == null ? 0 : inv.remindersSent(), inv == null ? null : inv.lastMailedAt().orElse(null));
        }
    }

    /**
     * What an invite or remind call did.
     *
     * @param considered respondents looked at
     * @param done       respondents invited (or reminded) now
     * @param skipped    respondents left out, by reason code
     * @param reasons    the same, with each reason in Vietnamese, for pages
     * @param batch      the mails queued and their progress ({@code null} when none)
     */
    public record BatchAnswer(int considered, int done, Map<String, Integer> skipped, List<Reason> reasons,
                              BatchView batch) {

        static BatchAnswer of(BatchResult r) {
            return new BatchAnswer(r.considered(), r.done(), r.skipped(), r.skipped().entrySet().stream()
                    .map(e -> new Reason(e.getKey(), SkipReason.of(e.getKey()).map(SkipReason::label)
                            .orElse(e.getKey()), e.getValue())).toList(),
                    r.progress() == null ? null : BatchView.of(r.progress()));
        }
    }

    /**
     * Respondents left out for one reason.
     *
     * @param code  e.g. {@code TOO_SOON}
     * @param label in Vietnamese
     * @param count how many
     */
    public record Reason(String code, String label, int count) {
    }

    /**
     * A respondent's current link, for the secretariat to pass on by hand.
     *
     * @param respondentId the respondent
     * @param link         the address, {@code <base>/q/<token>}
     * @param code         the short code as printed
     * @param qrPng        where its QR code is, as PNG
     * @param qrSvg        and as SVG
     */
    public record LinkView(long respondentId, String link, String code, String qrPng, String qrSvg) {

        static LinkView of(long campaignId, CurrentLink l) {
            String base = "api/campaigns/" + campaignId + "/invitations/" + l.invitee().respondent().id();
            return new LinkView(l.invitee().respondent().id(), l.link().toString(), l.code().display(),
                    base + "/qr.png", base + "/qr.svg");
        }
    }

    /**
     * A mail template in use.
     *
     * @param kind      INVITATION or REMINDER
     * @param group     the group code, or {@code *} for the campaign's own
     * @param source    GROUP, CAMPAIGN or DEFAULT: whose template applies
     * @param subject   the subject
     * @param html      the HTML body
     * @param text      the plain-text body
     * @param updatedAt when it was last written ({@code null} for the default)
     */
    public record TemplateView(String kind, String group, String source, String subject, String html, String text,
                               LocalDateTime updatedAt) {

        static TemplateView of(Effective e) {
            return new TemplateView(e.kind().name(), e.group(), e.source().name(), e.template().subject(),
                    e.template().html(), e.template().text(), e.updatedAt());
        }
    }

    /**
     * The templates of a campaign and the placeholders they may use.
     *
     * @param placeholders {@code {{key}}} → what it stands for
     * @param templates    for each kind, the campaign's and each group's
     */
    public record TemplateList(Map<String, String> placeholders, List<TemplateView> templates) {

        static TemplateList of(List<Effective> all) {
            Map<String, String> p = new java.util.LinkedHashMap<>();
            for (Placeholder ph : Placeholder.values()) {
                p.put("{{" + ph.key() + "}}", ph.description());
            }
            return new TemplateList(p, all.stream().map(TemplateView::of).toList());
        }
    }

    /**
     * Body of {@code PUT} and {@code POST .../preview} of a template.
     *
     * @param subject the subject, one line
     * @param html    the HTML body, with {@code {{link}}}
     * @param text    the plain-text body, with {@code {{link}}}
     */
    public record TemplateBody(String subject, String html, String text) {
    }

    /**
     * A rendered mail.
     *
     * @param subject the subject
     * @param html    the HTML body
     * @param text    the plain-text body
     */
    public record Preview(String subject, String html, String text) {
    }

    /**
     * What a link stands for, as the respondent may see it.
     *
     * @param state        VALID, NOT_YET_OPEN or CLOSED
     * @param via          TOKEN or CODE
     * @param campaignId   the campaign
     * @param campaign     its name
     * @param surveyCloses its last day
     * @param respondentId the respondent
     * @param fullName     their name
     * @param group        their group code
     * @param groupName    its name
     * @param status       their status
     */
    public record LinkAnswer(String state, String via, long campaignId, String campaign, LocalDate surveyCloses,
                             long respondentId, String fullName, String group, String groupName, String status) {
    }

    static long respondentId(String raw) {
        return org.parindex.survey.platform.rest.PathParams.id("người được điều tra", raw);
    }

    static MalformedRequestException missingBody() {
        return MalformedRequestException.of("body", "thiếu nội dung JSON", null);
    }
}
