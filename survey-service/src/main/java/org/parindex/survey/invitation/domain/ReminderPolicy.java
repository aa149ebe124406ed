package org.parindex.survey.invitation.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who may be reminded: invited respondents who have not submitted, have an e-mail address, have had fewer than
 * {@code maxReminders} reminders, whose last mail was queued at least {@code minSpacing} ago, and who have no mail
 * still waiting in the outbox.
 *
 * @param maxReminders most reminders per respondent and campaign, at least 0
 * @param minSpacing   least time between two mails to one respondent, not negative
 */
public record ReminderPolicy(int maxReminders, Duration minSpacing) {

    public ReminderPolicy {
        if (maxReminders < 0) {
            throw new IllegalArgumentException("maxReminders must not be negative: " + maxReminders);
        }
        Objects.requireNonNull(minSpacing, "minSpacing == null");
        if (minSpacing.isNegative()) {
            throw new IllegalArgumentException("minSpacing must not be negative: " + minSpacing);
        }
    }

    /** Why a respondent is or is not reminded now. */
    public enum Verdict {
        REMIND, NOT_INVITED, SUBMITTED, NO_EMAIL, MAIL_PENDING, CAP_REACHED, TOO_SOON
    }

    /** The verdict for {@code invitation} ({@code null}: not invited) at {@code now}. */
    public Verdict judge(Invitation invitation, boolean hasEmail, boolean mailPending, LocalDateTime now) {
        if (invitation == null) {
            return Verdict.NOT_INVITED;
        }
        return judge(invitation.status(), invitation.remindersSent(), invitation.lastMailedAt().orElse(null),
                hasEmail, mailPending, now);
    }

    /** The verdict from the facts alone. */
    public Verdict judge(InvitationStatus status, int remindersSent, LocalDateTime lastMailedAt, boolean hasEmail,
                         boolean mailPending, LocalDateTime now) {
        if (!status.awaitingAnswer()) {
            return status == InvitationStatus.SUBMITTED ? Verdict.SUBMITTED : Verdict.NOT_INVITED;
        }
        if (!hasEmail) {
            return Verdict.NO_EMAIL;
        }
        if (mailPending) {
            return Verdict.MAIL_PENDING;
        }
        if (remindersSent >= maxReminders) {
            return Verdict.CAP_REACHED;
        }
        if (lastMailedAt != null && lastMailedAt.plus(minSpacing).isAfter(now)) {
            return Verdict.TOO_SOON;
        }
        return Verdict.REMIND;
    }
}
