/**
 * Units self-assess online (issue 14): one dossier per unit and campaign under its level's framework, each
 * self-scored leaf with its points or raw figure (checked by scoring-lib's rules), explanation, not-applicable claim
 * and evidence documents (stored in the database); submitted, then appraised ({@code appraisal}), answered by the
 * unit within a window, and finalised into the campaign's score rows.
 */
package org.parindex.survey.selfassessment;
