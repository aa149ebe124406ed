/** HTTP resources of respondents, under {@code /api/campaigns/{id}/respondents}. */
package org.parindex.survey.respondent.rest;
