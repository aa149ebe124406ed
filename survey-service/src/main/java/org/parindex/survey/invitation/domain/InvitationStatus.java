package org.parindex.survey.invitation.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a respondent is with their invitation. {@code NOT_INVITED} has no link; the invitations issue sets
 * {@code INVITED} (link issued, mail queued or card printed) and {@code FAILED} (the invitation mail could not be
 * delivered); the questionnaire sets {@code OPENED}, {@code IN_PROGRESS} and {@code SUBMITTED}, which only move
 * forward.
 */
public enum InvitationStatus {
    NOT_INVITED("Chưa mời"),
    INVITED("Đã mời"),
    OPENED("Đã mở phiếu"),
    IN_PROGRESS("Đang trả lời"),
    SUBMITTED("Đã nộp phiếu"),
    FAILED("Gửi thư thất bại");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    /** Vietnamese label, e.g. "Đã mở phiếu". */
    public String label() {
        return label;
    }

    /** How far the respondent has come with the questionnaire: 0 before opening, 3 once submitted. */
    int progress() {
        return switch (this) {
            case NOT_INVITED, INVITED, FAILED -> 0;
            case OPENED -> 1;
            case IN_PROGRESS -> 2;
            case SUBMITTED -> 3;
        };
    }

    /** Whether a reminder makes sense: invited and not yet submitted. */
    public boolean awaitingAnswer() {
        return this != NOT_INVITED && this != SUBMITTED;
    }

    /** Parses a status name, any case. */
    public static Optional<InvitationStatus> parse(String name) {
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
