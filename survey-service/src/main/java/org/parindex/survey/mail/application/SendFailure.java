package org.parindex.survey.mail.application;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a mail was not sent, and whether trying again can help: the SMTP server's reply when it gave one (a 5xx
 * reply is permanent, 4xx temporary), otherwise the cause (a server that cannot be reached is temporary).
 *
 * @param reason    what went wrong, for the secretariat, e.g. {@code "550 5.1.1 User unknown"}
 * @param permanent whether another try would fail the same way
 */
record SendFailure(String reason, boolean permanent) {

    private static final Pattern REPLY = Pattern.compile("^\\s*([45])\\d\\d\\b.*", Pattern.DOTALL);

    static SendFailure of(Exception e) {
        for (Throwable t = e; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message != null) {
                Matcher m = REPLY.matcher(message);
                if (m.matches()) {
                    return new SendFailure("SMTP " + oneLine(message), "5".equals(m.group(1)));
                }
            }
        }
        if (e instanceof SendFailedException) {
            return new SendFailure("SMTP từ chối thư: " + describe(e), true);
        }
        return new SendFailure("Không gửi được (sẽ thử lại): " + describe(e), false);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
