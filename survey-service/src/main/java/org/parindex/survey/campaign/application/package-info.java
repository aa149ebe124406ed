/**
 * Use cases of campaigns: creating one from a shipped sample plan ({@link
 * org.parindex.survey.shipped.ShippedData}), changing it as its status allows, and the quota
 * report of its groups.
 */
package org.parindex.survey.campaign.application;
