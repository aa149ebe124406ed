package org.parindex.survey.campaign.domain;

import java.util.List;
import java.util.Optional;

/** The campaigns, stored. */
public interface Campaigns {

    /** Stores a new campaign with its levels and groups, and returns it with its id. */
    Campaign add(Campaign campaign);

    Optional<Campaign> find(long id);

    /** Campaigns matching the filter, newest year first, one page. */
    List<Campaign> list(CampaignFilter filter, int offset, int limit);

    long count(CampaignFilter filter);

    /** Whether there is no campaign at all. */
    boolean none();

    void remove(Campaign campaign);

    /**
     * Which campaigns to list: all conditions that are not {@code null} must hold.
     *
     * @param status   only campaigns in this status
     * @param year     only campaigns of this assessed year
     * @param province only campaigns whose province contains this text (case-insensitive)
     */
    record CampaignFilter(CampaignStatus status, Integer year, String province) {
    }
}
