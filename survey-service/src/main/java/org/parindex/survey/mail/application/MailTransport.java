package org.parindex.survey.mail.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.parindex.survey.mail.domain.OutboxMail;

/**
 * Where a poll's mails go: an SMTP server ({@link SmtpTransport}) or the outbox folder ({@link FolderTransport}).
 * Opened once per poll and closed after it.
 */
interface MailTransport extends AutoCloseable {

    /** Hands one mail over; returns only when the server (or the disk) has it. */
    void send(MimeMessage message, OutboxMail mail) throws MessagingException;

    /** A session to build messages in. */
    jakarta.mail.Session session();

    @Override
    void close();
}
