package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parindex.survey.platform.OwnerOnly;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.parindex.survey.invitation.domain.LinkSecret;
import org.parindex.survey.platform.SurveyConfig;

/**
 * Where the {@link LinkSecret}'s key comes from: {@code survey.invitation.secret} when set, otherwise the file
 * {@code secrets/invitation-link.key} in the data folder, made with {@link SecureRandom} on first use and readable by
 * its owner only. The file suits the embedded default; a cluster or a server database should set the property so
 * that every instance has the same key and the key is not stored beside the data.
 */
@ApplicationScoped
public class LinkKeys {

    private SurveyConfig survey;
    private InvitationConfig config;
    private Logger log;
    private volatile LinkSecret secret;

    LinkKeys() {
        // for the CDI proxy
    }

    @Inject
    public LinkKeys(SurveyConfig survey, InvitationConfig config, Logger log) {
        this.survey = survey;
        this.config = config;
        this.log = log;
    }

    /** The secret of every link. */
    public LinkSecret secret() {
        LinkSecret s = secret;
        if (s == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = LinkSecret.of(key(), new SecureRandom());
                }
                s = secret;
            }
        }
        return s;
    }

    private byte[] key() {
        if (config.secret().isPresent()) {
            return decode(config.secret().get(), "survey.invitation.secret");
        }
        Path file = survey.dataDir().resolve("secrets").resolve("invitation-link.key");
        try {
            if (!Files.exists(file)) {
                OwnerOnly.createDirectories(file.getParent());
                byte[] key = LinkSecret.newKey(new SecureRandom());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return decode(Files.readString(file), file.toString());
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                log.info(() -> "Created the key of invitation links in " + file
                        + " (set survey.invitation.secret to keep it elsewhere)");
                return key;
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the invitation link key " + file, e);
        }
    }

    private static byte[] decode(String text, String where) {
        String t = text.strip();
        try {
            return t.indexOf('-') >= 0 || t.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(t)
                    : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the invitation link key in " + where + " is not base64", e);
        }
    }
}
