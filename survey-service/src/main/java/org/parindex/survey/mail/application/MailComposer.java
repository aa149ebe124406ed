package org.parindex.survey.mail.application;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import org.parindex.survey.mail.domain.OutboxMail;

/**
 * Builds the MIME message of an outbox mail: UTF-8 throughout (subject and names encoded per RFC 2047), a
 * {@code multipart/alternative} of the plain-text and the HTML body, and a Message-ID fixed by the mail's id.
 */
final class MailComposer {

    private MailComposer() {
    }

    static MimeMessage compose(Session session, OutboxMail mail, InternetAddress from, Instant now)
            throws MessagingException {
        String text = mail.bodyText().orElseThrow(() -> new IllegalStateException(
                "mail " + mail.id() + " has no body left to send (status " + mail.status() + ")"));
        String html = mail.bodyHtml().orElse(null);
        String messageId = mail.messageId(domainOf(from));
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        message.setHeader("X-ParIndex-Mail", String.valueOf(mail.id()));
        message.setHeader("X-ParIndex-Purpose", mail.purpose());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        alternative.addBodyPart(plain);
        if (html != null) {
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            alternative.addBodyPart(rich);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(OutboxMail mail) throws MessagingException {
        try {
            return new InternetAddress(mail.recipient(), mail.recipientName().orElse(null), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }

    private static String domainOf(InternetAddress from) {
        String a = from.getAddress();
        int at = a.lastIndexOf('@');
        return at < 0 ? "parindex.invalid" : a.substring(at + 1);
    }
}
