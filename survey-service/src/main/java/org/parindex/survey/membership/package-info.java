/**
 * Who takes part in a campaign's self-assessment and appraisal beside the secretariat (issue 14): each unit's PAR
 * officers (role {@code officer}, one unit) and the appraisers (role {@code appraiser}, a level and optionally an
 * area of its framework), imported from CSV/XLSX, and the sign-in links that let them set a password; what a caller
 * may see ({@link org.parindex.survey.membership.application.Caller}).
 */
package org.parindex.survey.membership;
