package org.parindex.survey.security.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parindex.survey.security.domain.Account;

/**
 * A short fingerprint of an account's password hash, kept in the session at login: when the password changes the
 * fingerprint changes, and the sessions opened with the old password end at their next request. The hash itself
 * never goes into the session.
 */
public final class PasswordStamp {

    private PasswordStamp() {
    }

    public static String of(Account account) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(account.passwordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
