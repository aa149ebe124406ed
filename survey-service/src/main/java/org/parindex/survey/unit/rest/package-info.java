/** HTTP resources of units, under {@code /api/campaigns/{id}/units}. */
package org.parindex.survey.unit.rest;
