package org.parindex.survey.results.domain;

import java.util.List;
import java.util.Map;
import org.parindex.scoring.TallyCount;

/**
 * What the survey has gathered, read from the anonymous answers and the submission markers of the questionnaire
 * (issue 6): never who answered what.
 */
public interface SurveyCounts {

    /** The anonymous answers of the campaign counted per (rated unit, criterion, group, option). */
    List<TallyCount> tally(long campaignId);

    /** Number of answers (cells) stored for the campaign. */
    long answers(long campaignId);

    /** Number of questionnaires submitted (online and on paper). */
    long submissions(long campaignId);

    /** Number of questionnaires submitted per group code. */
    Map<String, Long> submissionsByGroup(long campaignId);
}
