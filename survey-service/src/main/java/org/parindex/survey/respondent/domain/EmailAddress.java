package org.parindex.survey.respondent.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as invitations need it: one {@code @}, a dotted domain, no spaces, at most 254 characters.
 * Stored as given; compared without regard to case.
 *
 * @param value the address, stripped, e.g. {@code nguyen.van.an@haiduong.gov.vn}
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final int MAX = 254;

    public EmailAddress {
        if (!valid(value)) {
            throw new IllegalArgumentException("not a valid e-mail address: " + value);
        }
        value = value.strip();
    }

    /** The address in {@code text}, if it is one. */
    public static Optional<EmailAddress> parse(String text) {
        return valid(text) ? Optional.of(new EmailAddress(text)) : Optional.empty();
    }

    private static boolean valid(String text) {
        if (text == null) {
            return false;
        }
        String v = text.strip();
        return v.length() <= MAX && SHAPE.matcher(v).matches();
    }

    /** The address in lower case, for comparing. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
