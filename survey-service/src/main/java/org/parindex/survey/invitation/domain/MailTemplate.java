package org.parindex.survey.invitation.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parindex.survey.problem.FieldError;

/**
 * A mail as written by the secretariat, with {@linkplain Placeholder placeholders} such as {@code {{name}}} and
 * {@code {{link}}}: a subject, an HTML body and a plain-text body (mail clients show one of the two). {@link
 * #render} fills them in; values are HTML-escaped in the HTML body.
 *
 * @param subject one line, at most {@value #MAX_SUBJECT} characters
 * @param html    the HTML body, at most {@value #MAX_BODY} characters
 * @param text    the plain-text body, at most {@value #MAX_BODY} characters
 */
public record MailTemplate(String subject, String html, String text) {

    /** Longest subject. */
    public static final int MAX_SUBJECT = 300;
    /** Longest body (HTML or text) before rendering; rendered mails stay under the outbox's 32,000 characters. */
    public static final int MAX_BODY = 12_000;
    /** Most placeholders in one part. */
    public static final int MAX_PLACEHOLDERS = 30;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]*)\\s*}}");

    public MailTemplate {
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(html, "html == null");
        Objects.requireNonNull(text, "text == null");
    }

    /**
     * A template from what a request gave, NFC-normalised, with line ends made {@code \n}; {@link #problems()}
     * says what is wrong with it.
     */
    public static MailTemplate of(String subject, String html, String text) {
        return new MailTemplate(clean(subject).strip(), clean(html), clean(text));
    }

    private static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    /** Everything wrong with the template, each naming its field; empty when it can be used. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        check("subject", subject, MAX_SUBJECT, false, errors);
        check("html", html, MAX_BODY, true, errors);
        check("text", text, MAX_BODY, true, errors);
        if (subject.indexOf('\n') >= 0) {
            errors.add(FieldError.of("subject", "tiêu đề chỉ được có một dòng"));
        }
        return errors;
    }

    private static void check(String field, String value, int max, boolean needsLink, List<FieldError> errors) {
        if (value.isBlank()) {
            errors.add(FieldError.of(field, "bắt buộc, không được để trống"));
            return;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, "dài quá " + max + " ký tự (" + value.length() + ")"));
        }
        Matcher m = PLACEHOLDER.matcher(value);
        int count = 0;
        boolean link = false;
        while (m.find()) {
            count++;
            String key = m.group(1);
            if (Placeholder.byKey(key).isEmpty()) {
                errors.add(FieldError.of(field, "không có trường thay thế {{" + key + "}}; dùng: " + keys(),
                        m.group()));
            }
            link |= Placeholder.LINK.key().equals(key);
        }
        if (count > MAX_PLACEHOLDERS) {
            errors.add(FieldError.of(field, "quá " + MAX_PLACEHOLDERS + " trường thay thế"));
        }
        if (needsLink && !link) {
            errors.add(FieldError.of(field, "phải có {{link}}: liên kết riêng tới phiếu khảo sát"));
        }
    }

    private static String keys() {
        StringBuilder s = new StringBuilder();
        for (Placeholder p : Placeholder.values()) {
            s.append(s.length() == 0 ? "" : ", ").append("{{").append(p.key()).append("}}");
        }
        return s.toString();
    }

    /** The mail for one respondent. */
    public RenderedMail render(Map<Placeholder, String> values) {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        for (Placeholder p : Placeholder.values()) {
            String value = values.get(p);
            v.put(p, value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC));
        }
        return new RenderedMail(fill(subject, v, false).replace('\n', ' ').strip(), fill(html, v, true),
                fill(text, v, false));
    }

    private static String fill(String template, Map<Placeholder, String> values, boolean escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = Placeholder.byKey(m.group(1)).map(values::get).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(escape ? escapeHtml(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code s} safe inside HTML text and attribute values. */
    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One respondent's mail.
     *
     * @param subject the subject line
     * @param html    the HTML body
     * @param text    the plain-text body
     */
    public record RenderedMail(String subject, String html, String text) {
    }
}
