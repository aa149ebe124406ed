package org.parindex.survey.mail.application;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parindex.survey.platform.OwnerOnly;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.parindex.survey.mail.domain.OutboxMail;

/**
 * "Sends" by writing each mail as an {@code .eml} file (RFC 5322, opens in any mail program) to
 * {@code <outbox>/campaign-<id>/mail-<id>.eml}: the embedded default, so that a newcomer needs no mail server. The
 * file is written beside its place and moved there, so a reader never sees half a mail, and the name depends only on
 * the mail, so sending the same mail twice leaves one file.
 */
final class FolderTransport implements MailTransport {

    private final Path root;
    private final Session session;

    FolderTransport(Path root) {
        this.root = root;
        Properties p = new Properties();
        p.setProperty("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(p);
    }

    /** The folder of a campaign's mails. */
    static Path folder(Path root, long campaignId) {
        return root.resolve("campaign-" + campaignId);
    }

    /** The file name of a mail. */
    static String fileName(long mailId) {
        return "mail-" + mailId + ".eml";
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void send(MimeMessage message, OutboxMail mail) throws MessagingException {
        Path dir = folder(root, mail.campaignId());
        Path target = dir.resolve(fileName(mail.id()));
        try {
            OwnerOnly.createDirectories(dir); // .eml files hold names, addresses and links
            Path tmp = Files.createTempFile(dir, "mail-" + mail.id() + "-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    message.writeTo(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new MessagingException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }
}
