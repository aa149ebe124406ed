/** HTTP resources of the outbox under {@code /api/campaigns/{id}/outbox}: mails, batch progress, .eml files. */
package org.parindex.survey.mail.rest;
