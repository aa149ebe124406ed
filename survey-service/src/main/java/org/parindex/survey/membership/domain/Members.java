package org.parindex.survey.membership.domain;

import java.util.List;
import java.util.Optional;

/** The members of campaigns, stored. */
public interface Members {

    void add(Member member);

    Optional<Member> find(long campaignId, String username);

    /** Every member of the campaign, by user name. */
    List<Member> ofCampaign(long campaignId);

    /** Every campaign membership of one account. */
    List<Member> ofUser(String username);

    /** Removes every member of the campaign. */
    void removeAll(long campaignId);
}
