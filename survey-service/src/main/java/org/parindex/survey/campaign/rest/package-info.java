/**
 * HTTP resources of sample plans, campaigns and groups, under {@code /api}. Thin: they parse the request, call
 * one application service and shape the answer ({@link org.parindex.survey.campaign.rest.CampaignJson}).
 */
package org.parindex.survey.campaign.rest;
