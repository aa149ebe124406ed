/** The dossier API under {@code /api/campaigns/{id}/self-assessments}. */
package org.parindex.survey.selfassessment.rest;
