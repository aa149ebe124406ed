/**
 * The campaign aggregate (đợt đánh giá): {@link org.parindex.survey.campaign.domain.Campaign} with its rated
 * levels and frameworks, deadlines, status rules, and respondent groups ({@link
 * org.parindex.survey.campaign.domain.SampleGroup}) with their forms and quotas.
 */
package org.parindex.survey.campaign.domain;
