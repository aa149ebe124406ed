package org.parindex.survey.security.domain;

import java.util.Optional;

/** What makes a password acceptable: at least 10 characters, not the user name, not one character repeated. */
public final class PasswordPolicy {

    /** Shortest accepted password. */
    public static final int MIN_LENGTH = 10;
    /** Longest accepted password (PBKDF2 hashes any length; this only bounds the work). */
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, in Vietnamese; empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("bắt buộc, không được để trống");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("mật khẩu dài quá " + MAX_LENGTH + " ký tự");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("mật khẩu không được trùng tên đăng nhập");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("mật khẩu không được chỉ lặp lại một ký tự");
        }
        return Optional.empty();
    }
}
