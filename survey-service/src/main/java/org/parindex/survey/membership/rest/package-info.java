/** The members' API under {@code /api/campaigns/{id}/members} and {@code /api/me}, and the sign-in link servlet. */
package org.parindex.survey.membership.rest;
