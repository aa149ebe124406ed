package org.parindex.survey.questionnaire.domain;

import java.util.List;

/** The anonymous answers of submitted questionnaires, stored. */
public interface SurveyAnswers {

    void addAll(List<SurveyAnswer> answers);

    /** Number of answers (cells) in the campaign, as counted when they were written (not a scan of them). */
    long count(long campaignId);

    /** The answers of the campaign counted per (rated unit, criterion, group, option), ordered by those. */
    List<TallyCount> tally(long campaignId);

    /**
     * How many answers chose one option for one criterion of one unit, within one respondent group.
     *
     * @param unit      rated unit code
     * @param criterion SURVEY leaf code
     * @param group     respondent group code
     * @param option    option code
     * @param count     number of answers, at least 1
     */
    record TallyCount(String unit, String criterion, String group, String option, long count) {
    }
}
