/**
 * Units self-assess online (issue 14): one dossier per unit and campaign under its level's framework, each
 * self-scored leaf with its points or raw figure (checked by scoring-lib's rules), explanation, not-applicable claim
 * and evidence documents (stored in the database); submitted, then appraised (appraisers of a level, or of one area
 * of its framework, set the appraised points with a comment per leaf: {@code AppraisalService}), answered by the unit
 * within a window, and finalised into the campaign's score rows; progress per level.
 */
package org.parindex.survey.selfassessment;
