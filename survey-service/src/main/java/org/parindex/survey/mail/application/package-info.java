/**
 * Sending the outbox: the typed {@link org.parindex.survey.mail.application.MailConfig}, the background {@link
 * org.parindex.survey.mail.application.MailWorker} with its transactional steps ({@link
 * org.parindex.survey.mail.application.OutboxStore}), the two transports (SMTP, or {@code .eml} files in the outbox
 * folder when no SMTP server is configured), and reading the outbox for the API ({@link
 * org.parindex.survey.mail.application.OutboxService}).
 */
package org.parindex.survey.mail.application;
