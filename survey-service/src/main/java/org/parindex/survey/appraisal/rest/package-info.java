/** The appraisal API under {@code /api/campaigns/{id}/self-assessments/{unit}/appraisal} and the progress. */
package org.parindex.survey.appraisal.rest;
