package org.parindex.survey.scores.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The score rows of campaigns, stored. */
public interface Scores {

    void add(ScoreEntry entry);

    Optional<ScoreEntry> find(long campaignId, String unit, String item);

    /** Every row of the campaign, by unit then item code. */
    List<ScoreEntry> ofCampaign(long campaignId);

    /** The rows of some units of the campaign, by unit then item code. */
    List<ScoreEntry> ofUnits(long campaignId, java.util.Collection<String> units);

    /** Every row of the campaign keyed by {@code unit + "/" + item}. */
    Map<String, ScoreEntry> byKey(long campaignId);

    /** Number of rows per unit code. */
    Map<String, Long> countByUnit(long campaignId);

    /** The key of a row in {@link #byKey}. */
    static String key(String unit, String item) {
        return unit + "/" + item;
    }
}
