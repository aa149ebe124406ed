package org.parindex.survey.invitation.domain;

import java.util.Optional;

/**
 * Why an invite or remind call left a respondent out, with the Vietnamese the secretariat reads (the API keeps the
 * codes, e.g. {@code "skipped": {"TOO_SOON": 17}}; the audit log and the dashboard show the labels). The names of
 * {@link ReminderPolicy.Verdict}'s refusals are among them.
 */
public enum SkipReason {

    /** Already answered, online or on paper: never mailed again. */
    SUBMITTED("đã nộp phiếu (trực tuyến hoặc phiếu giấy)"),
    ALREADY_INVITED("đã được mời trước đó"),
    NOT_INVITED("chưa được mời"),
    NO_EMAIL("không có địa chỉ thư điện tử"),
    MAIL_PENDING("còn thư đang chờ gửi"),
    CAP_REACHED("đã nhận đủ số thư nhắc tối đa"),
    TOO_SOON("mới nhận thư gần đây, chưa đến lúc nhắc lại");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    /** Vietnamese, for people. */
    public String label() {
        return label;
    }

    /** The reason of this code, if it is one. */
    public static Optional<SkipReason> of(String code) {
        for (SkipReason r : values()) {
            if (r.name().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
