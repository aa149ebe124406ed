package org.parindex.survey.respondent.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parindex.survey.platform.Texts;
import org.parindex.survey.problem.FieldError;

/**
 * A respondent's details as given in a request or an import row, checked field by field: who the person is, and
 * codes of their group and home unit (resolved against the campaign later). Text is NFC-normalised and stripped.
 *
 * @param fullName     full name, e.g. {@code Nguyễn Văn An}; required
 * @param position     position (chức vụ), e.g. {@code Chủ tịch UBND xã}, or {@code null}
 * @param organisation organisation (cơ quan, đơn vị công tác), or {@code null}
 * @param email        e-mail address, or {@code null} (the person is then invited on paper, by QR code)
 * @param phone        phone number as written, or {@code null}
 * @param group        code of the respondent group; required
 * @param homeUnit     code of the home unit, or {@code null}
 * @param office       code of the office the person heads (for groups registered by office, e.g.
 *                     {@code PHONG_TU_PHAP}), or {@code null}
 */
public record RespondentDraft(String fullName, String position, String organisation, EmailAddress email,
                              String phone, String group, String homeUnit, String office) {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 300;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{8,25}");

    /**
     * Checks raw values and returns the draft, or the errors found; {@code row} numbers the errors of an import
     * row ({@code null} for a request).
     */
    public static Checked check(Integer row, String fullName, String position, String organisation, String email,
                                String phone, String group, String homeUnit) {
        return check(row, fullName, position, organisation, email, phone, group, homeUnit, null);
    }

    /** As {@link #check(Integer, String, String, String, String, String, String, String)}, with the office code. */
    public static Checked check(Integer row, String fullName, String position, String organisation, String email,
                                String phone, String group, String homeUnit, String office) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(fullName);
        if (name == null) {
            errors.add(error(row, "fullName", "thiếu họ và tên", fullName));
        } else if (name.length() > MAX_NAME) {
            errors.add(error(row, "fullName", "họ và tên dài quá " + MAX_NAME + " ký tự", fullName));
        }
        String pos = text(position);
        if (pos != null && pos.length() > MAX_NAME) {
            errors.add(error(row, "position", "chức vụ dài quá " + MAX_NAME + " ký tự", position));
        }
        String org = text(organisation);
        if (org != null && org.length() > MAX_TEXT) {
            errors.add(error(row, "organisation", "tên cơ quan dài quá " + MAX_TEXT + " ký tự", organisation));
        }
        EmailAddress mail = null;
        if (text(email) != null) {
            mail = EmailAddress.parse(text(email)).orElse(null);
            if (mail == null) {
                errors.add(error(row, "email", "địa chỉ e-mail không hợp lệ", email));
            }
        }
        String tel = text(phone);
        if (tel != null && (!PHONE.matcher(tel).matches() || tel.chars().filter(Character::isDigit).count() < 8)) {
            errors.add(error(row, "phone", "số điện thoại không hợp lệ", phone));
        }
        String g = text(group);
        if (g == null) {
            errors.add(error(row, "group", "thiếu mã nhóm đối tượng", group));
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new RespondentDraft(name, pos, org, mail, tel, g, text(homeUnit), text(office)),
                List.of());
    }

    /**
     * The key that makes two rows the same person in a campaign: the e-mail address (case-insensitive) when there
     * is one, otherwise the full name (case-insensitive, spaces collapsed) with the group and home unit.
     */
    public String personKey() {
        if (email != null) {
            return "email:" + email.canonical();
        }
        String name = fullName.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return "name:" + name + "|" + group + "|" + (homeUnit == null ? "" : homeUnit);
    }

    private static FieldError error(Integer row, String field, String message, String value) {
        return new FieldError(field, message, row, value);
    }

    private static String text(String s) {
        return Texts.nfcOrNull(s);
    }

    /** The outcome of {@link #check}: a draft, or errors. */
    public record Checked(RespondentDraft draft, List<FieldError> errors) {

        public Checked {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
