package org.parindex.survey.invitation.domain;

import java.util.Locale;
import java.util.Optional;

/** The mails invitations send: the invitation itself and the reminder. */
public enum MailKind {
    INVITATION("Thư mời"),
    REMINDER("Thư nhắc");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** Parses {@code invitation} or {@code reminder}, any case. */
    public static Optional<MailKind> parse(String name) {
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
