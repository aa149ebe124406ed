package org.parindex.survey.respondent.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.campaign.domain.RespondentCounts;

/** The respondents of campaigns, stored; they answer the campaign's {@link RespondentCounts}. */
public interface Respondents extends RespondentCounts {

    void add(Respondent respondent);

    Optional<Respondent> find(long campaignId, long id);

    /**
     * The respondent, with its row locked until the transaction ends: saving a draft and submitting take this lock
     * first, so that one respondent's save and submission never interleave.
     */
    Optional<Respondent> lock(long campaignId, long id);

    /** Every respondent of the campaign, by person key. */
    Map<String, Respondent> byPersonKey(long campaignId);

    List<Respondent> list(long campaignId, RespondentFilter filter, int offset, int limit);

    long count(long campaignId, RespondentFilter filter);

    void remove(Respondent respondent);

    /** Removes every respondent of the campaign (deleting a draft campaign). */
    void removeAll(long campaignId);

    /**
     * Which respondents to list: all conditions that are not {@code null} must hold.
     *
     * @param group    only this group code
     * @param homeUnit only this home unit code
     * @param q        only those whose name, e-mail or organisation contains this text (case-insensitive)
     */
    record RespondentFilter(String group, String homeUnit, String q) {
    }
}
