package org.parindex.survey.campaign.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parindex.survey.platform.Texts;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/**
 * Whom a respondent calls or writes to about the survey (Tổ thư ký): shown on the questionnaire page wherever it
 * used to say only "liên hệ Tổ thư ký", and printed on the paper questionnaire. A name and at least one of phone and
 * e-mail, so that it is never a dead end.
 *
 * @param name  who answers, e.g. {@code Tổ thư ký Chỉ số CCHC — Sở Nội vụ tỉnh Hải Dương}
 * @param phone a phone number as printed, e.g. {@code 0220 3852 000}, or {@code null}
 * @param email an e-mail address, or {@code null}
 */
public record Contact(String name, String phone, String email) {

    static final int MAX_NAME = 200;
    // The shapes the respondents' import accepts (respondent.domain), checked here without depending on it.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{8,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public Contact {
        name = text(name);
        phone = text(phone);
        email = text(email);
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(FieldError.of("contact.name", "thiếu tên nơi liên hệ (ví dụ: Tổ thư ký — Sở Nội vụ)"));
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.of("contact.name", "dài quá " + MAX_NAME + " ký tự", name));
        }
        if (phone == null && email == null) {
            errors.add(FieldError.of("contact.phone", "cần ít nhất số điện thoại hoặc e-mail"));
        }
        if (phone != null && (!PHONE.matcher(phone).matches()
                || phone.chars().filter(Character::isDigit).count() < 8)) {
            errors.add(FieldError.of("contact.phone", "số điện thoại không hợp lệ", phone));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(FieldError.of("contact.email", "địa chỉ e-mail không hợp lệ", email));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Thông tin liên hệ chưa đúng.", errors);
        }
    }

    private static String text(String s) {
        return Texts.nfcOrNull(s);
    }
}
