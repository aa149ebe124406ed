package org.parindex.survey.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.Invitations;
import org.parindex.survey.invitation.domain.RevokedLink;

/** Invitations and revoked links in lists; counts the lookups of an invitation. */
public final class InMemoryInvitations implements Invitations {

    private final Map<Long, Invitation> byRespondent = new LinkedHashMap<>();
    private final List<RevokedLink> revoked = new ArrayList<>();
    /** How many times an invitation was looked up (by respondent, token hash or code hash). */
    public int lookups;

    @Override
    public void add(Invitation invitation) {
        byRespondent.put(invitation.respondentId(), invitation);
    }

    @Override
    public void remove(Invitation invitation) {
        byRespondent.remove(invitation.respondentId());
    }

    @Override
    public void addRevoked(RevokedLink link) {
        revoked.add(link);
    }

    @Override
    public Optional<Invitation> find(long respondentId) {
        lookups++;
        return Optional.ofNullable(byRespondent.get(respondentId));
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        lookups++;
        return byRespondent.values().stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public Optional<Invitation> byCodeHash(String codeHash) {
        lookups++;
        return byRespondent.values().stream().filter(i -> codeHash.equals(Entities.get(i, "codeHash"))).findFirst();
    }

    @Override
    public Optional<RevokedLink> revokedByTokenHash(String tokenHash) {
        return revoked.stream().filter(l -> tokenHash.equals(Entities.get(l, "tokenHash"))).findFirst();
    }

    @Override
    public Optional<RevokedLink> revokedByCodeHash(String codeHash) {
        return revoked.stream().filter(l -> codeHash.equals(Entities.get(l, "codeHash"))).findFirst();
    }

    @Override
    public Optional<Invitee> invitee(long campaignId, long respondentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Invitee> invitees(long campaignId, InviteeFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(long campaignId, InviteeFilter filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Map<InvitationStatus, Long>> countByGroupAndStatus(long campaignId) {
        throw new UnsupportedOperationException();
    }
}
