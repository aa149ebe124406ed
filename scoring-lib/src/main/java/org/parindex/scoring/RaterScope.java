package org.parindex.scoring;

/**
 * Which units of the rated level a respondent rates on one survey form (phạm vi đánh giá).
 *
 * <p>The scope is data in a {@link SurveyForm}, never a rule in code: the deployed Yên Bái survey system shows
 * forms that list every unit of a level beside forms whose list is filtered per respondent.
 */
public enum RaterScope {

    /** Every unit of the rated level, e.g. provincial People's Council delegates rate all departments. */
    ALL_UNITS_OF_LEVEL,

    /**
     * The one unit of the rated level that is the respondent's home unit or one of its ancestors, e.g. a commune
     * chairman rates the district People's Committee of their own district. Needs a group with a home level.
     */
    OWN_UNIT,

    /**
     * The unit of the rated level that the respondent's office mirrors, e.g. a district office of finance rates the
     * provincial Department of Finance. Needs a group with a home level; the mapping of offices to their
     * counterparts is data of the survey, not of the plan (the respondent is registered with the counterpart as home
     * unit).
     */
    COUNTERPART,

    /**
     * The units of the rated level that the respondent's office rates according to the group's office table
     * ({@link SampleGroup#offices()}), e.g. the head of a district justice office rates the Department of Justice
     * only. Needs a group with a home level and an office table; each respondent is registered with their office.
     */
    OFFICE_COUNTERPARTS;

    /** Whether this scope depends on the respondent's home unit (everything but {@link #ALL_UNITS_OF_LEVEL}). */
    public boolean needsHomeUnit() {
        return this != ALL_UNITS_OF_LEVEL;
    }
}
