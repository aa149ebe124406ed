/**
 * The transactional outbox: mails queued in the same transaction as the change that sends them ({@link
 * org.parindex.survey.mail.domain.OutboxMail}), grouped in batches whose progress can be followed, with their
 * statuses and the retry {@link org.parindex.survey.mail.domain.Backoff}.
 */
package org.parindex.survey.mail.domain;
