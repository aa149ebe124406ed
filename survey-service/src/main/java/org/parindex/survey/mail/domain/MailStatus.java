package org.parindex.survey.mail.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a mail in the outbox is: waiting to be sent (also between retries), sent (handed to the SMTP server or
 * written to the outbox folder), failed for good (with the server's reason), or cancelled before sending (its link
 * was revoked or reissued, or its respondent answered).
 */
public enum MailStatus {
    QUEUED, SENT, FAILED, CANCELLED;

    /** Parses a status name, any case. */
    public static Optional<MailStatus> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
