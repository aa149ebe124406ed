package org.parindex.survey.results.domain;

import java.util.List;
import java.util.Optional;

/** The publications of campaigns, stored; only ever added to. */
public interface Publications {

    void add(Publication publication);

    /** The publications of a campaign, newest first. */
    List<Publication> ofCampaign(long campaignId);

    Optional<Publication> find(long campaignId, int number);

    /** The highest version number of the campaign, 0 when none. */
    int lastNumber(long campaignId);
}
