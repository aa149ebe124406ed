package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.MailKind;
import org.parindex.survey.mail.application.MailOutcome;

/**
 * Follows the outbox: an invitation mail that failed for good marks its respondent FAILED; any mail delivered to a
 * FAILED respondent (a retry, a reissued link) marks them INVITED again. Runs in the worker's transaction.
 */
@ApplicationScoped
public class InvitationMailEvents {

    private Invitations invitations;

    InvitationMailEvents() {
        // for the CDI proxy
    }

    @Inject
    public InvitationMailEvents(Invitations invitations) {
        this.invitations = invitations;
    }

    void onOutcome(@Observes MailOutcome outcome) {
        if (outcome.respondentId() == null) {
            return; // a mail to an account, not an invitation
        }
        invitations.find(outcome.respondentId()).filter(i -> i.campaignId() == outcome.campaignId()).ifPresent(i -> {
            if (outcome.delivered()) {
                i.mailDelivered();
            } else if (MailKind.INVITATION.name().equals(outcome.purpose())) {
                i.mailFailed();
            }
        });
    }
}
