/** Storage of campaigns with JPA. */
package org.parindex.survey.campaign.persistence;
