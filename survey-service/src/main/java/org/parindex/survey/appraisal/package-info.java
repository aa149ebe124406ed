/**
 * Appraisal of the units' self-assessments (issue 14): appraisers of a level (or of one area of its framework) set
 * the appraised points with a comment per leaf, send the result, decide after the unit's explanation, and finalise
 * the dossier, which writes the unit's rows into the campaign's scores through {@code ScoreService}; progress per
 * level for the dashboard.
 */
package org.parindex.survey.appraisal;
