package org.parindex.survey.invitation.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.respondent.domain.Respondent;

/** The invitations and revoked links, stored. */
public interface Invitations {

    void add(Invitation invitation);

    void remove(Invitation invitation);

    void addRevoked(RevokedLink link);

    Optional<Invitation> find(long respondentId);

    Optional<Invitation> byTokenHash(String tokenHash);

    Optional<Invitation> byCodeHash(String codeHash);

    Optional<RevokedLink> revokedByTokenHash(String tokenHash);

    Optional<RevokedLink> revokedByCodeHash(String codeHash);

    /** One respondent of the campaign with their invitation, if the respondent exists. */
    Optional<Invitee> invitee(long campaignId, long respondentId);

    /** Respondents of the campaign (one group, or all when {@code group} is null) with their invitations. */
    List<Invitee> invitees(long campaignId, InviteeFilter filter, int offset, int limit);

    long count(long campaignId, InviteeFilter filter);

    /** Respondents per (group code, status), NOT_INVITED included. */
    Map<String, Map<InvitationStatus, Long>> countByGroupAndStatus(long campaignId);

    /**
     * A respondent and their invitation, if they have one.
     *
     * @param respondent the respondent
     * @param invitation their invitation, or {@code null} when not invited
     */
    record Invitee(Respondent respondent, Invitation invitation) {

        public Optional<Invitation> current() {
            return Optional.ofNullable(invitation);
        }

        public InvitationStatus status() {
            return invitation == null ? InvitationStatus.NOT_INVITED : invitation.status();
        }
    }

    /**
     * Which respondents to list; conditions that are {@code null} do not apply.
     *
     * @param group  only this group code
     * @param status only this status
     */
    record InviteeFilter(String group, InvitationStatus status) {

        public static final InviteeFilter ALL = new InviteeFilter(null, null);
    }
}
