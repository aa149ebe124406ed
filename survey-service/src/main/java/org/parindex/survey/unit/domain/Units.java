package org.parindex.survey.unit.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.campaign.domain.UnitCounts;

/** The units of campaigns, stored; they answer the campaign's {@link UnitCounts}. */
public interface Units extends UnitCounts {

    void add(Unit unit);

    Optional<Unit> find(long campaignId, String code);

    /** Every unit of the campaign, by code. */
    Map<String, Unit> byCode(long campaignId);

    /** Units matching the filter, ordered by level then code, one page. */
    List<Unit> list(long campaignId, UnitFilter filter, int offset, int limit);

    long count(long campaignId, UnitFilter filter);

    /** Removes every unit of the campaign. */
    void removeAll(long campaignId);

    /**
     * Which units to list: all conditions that are not {@code null} must hold.
     *
     * @param level  only this level
     * @param parent only children of this unit
     * @param q      only units whose code or name contains this text (case-insensitive)
     */
    record UnitFilter(String level, String parent, String q) {
    }
}
