package org.parindex.survey.campaign.domain;

import java.util.regex.Pattern;
import org.parindex.survey.problem.InvalidInputException;

/**
 * The shape of codes (levels, groups, units, frameworks, questionnaires): letters, digits, {@code _ - .}, at most
 * 50 characters, e.g. {@code SO_NOI_VU}, {@code HD-3396-SO}.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    private Codes() {
    }

    /** Whether {@code value} is a well-formed code. */
    public static boolean valid(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    /** {@code value}, stripped, if it is a well-formed code; otherwise 422 naming {@code field}. */
    public static String require(String value, String field) {
        String v = value == null ? null : value.strip();
        if (!valid(v)) {
            throw InvalidInputException.of(field, "mã không hợp lệ (chữ không dấu, số, _ - . ; tối đa 50 ký tự): "
                    + value);
        }
        return v;
    }
}
