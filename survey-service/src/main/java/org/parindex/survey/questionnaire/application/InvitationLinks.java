package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.parindex.survey.invitation.application.LinkService;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.problem.NotFoundException;

/**
 * {@link RespondentLinks} through the invitations capability ({@link LinkService}): a token, or a short code typed
 * from a paper card, stands for a respondent; revoked links are told apart from wrong ones; wrong ones are
 * throttled per client (429). Whether the survey is open is the questionnaire's own concern (the campaign's
 * status), so every known, current link resolves to its respondent.
 */
@ApplicationScoped
public class InvitationLinks implements RespondentLinks {

    private LinkService links;
    private Invitations invitations;

    InvitationLinks() {
        // for the CDI proxy
    }

    @Inject
    public InvitationLinks(LinkService links, Invitations invitations) {
        this.links = links;
        this.invitations = invitations;
    }

    @Override
    public Resolution open(String token, String client) {
        try {
            return of(links.open(token, client));
        } catch (NotFoundException unknown) {
            return Resolution.unknown();
        }
    }

    @Override
    public Resolution resolve(String token, String client) {
        try {
            return of(links.resolve(token, client));
        } catch (NotFoundException unknown) {
            return Resolution.unknown();
        }
    }

    private static Resolution of(LinkService.Resolution r) {
        return switch (r.state()) {
            case REVOKED -> Resolution.revoked(r.campaignId(), r.revokedAt());
            case VALID, NOT_YET_OPEN, CLOSED -> Resolution.valid(r.campaignId(), r.respondentId());
        };
    }

    @Override
    public void answering(long respondentId, LocalDateTime at) {
        if (invitations.find(respondentId).isPresent()) {
            links.markInProgress(respondentId);
        }
    }

    @Override
    public void submitted(long respondentId, LocalDateTime at) {
        if (invitations.find(respondentId).isPresent()) { // a paper questionnaire may come without an invitation
            links.markSubmitted(respondentId, at);
        }
    }
}
