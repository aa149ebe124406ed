/**
 * The secretariat's day: per campaign, the response rate overall and per group against its quota, the valid
 * answers each rated unit has (who still lacks raters), invitation and mail statuses, warnings; the respondents'
 * status as CSV/XLSX; the counts of responses and the anonymous tally; and paper questionnaires typed in by a
 * secretary through the questionnaire's own sheet and submission.
 */
package org.parindex.survey.dashboard;
