/**
 * The secretariat's side of the survey over HTTP: the dashboard ({@code /api/campaigns/<id>/dashboard}), the counts
 * of responses and the anonymous tally ({@code /api/campaigns/<id>/responses}), paper entry.
 */
package org.parindex.survey.dashboard.rest;
