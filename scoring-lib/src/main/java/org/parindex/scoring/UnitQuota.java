package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.requireText;

/**
 * How many respondents of a group come from one unit, e.g. 11 heads of office from Bình Giang district, whose
 * People's Committee has 11 specialised offices instead of 12. Quotas are data, never a formula, because real plans
 * have such exceptions.
 *
 * @param unit  code of the unit, e.g. {@code "BINH_GIANG"}; never blank
 * @param quota number of respondents from it; zero or more
 */
public record UnitQuota(String unit, int quota) {

    public UnitQuota {
        requireText(unit, "unit");
        if (quota < 0) {
            throw new IllegalArgumentException("quota must be >= 0 (unit " + unit + "): " + quota);
        }
    }
}
