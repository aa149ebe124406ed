package org.parindex.survey.mail.application;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parindex.survey.mail.domain.OutboxMail;

/** One SMTP connection, kept for the mails of one poll. Jakarta Mail's implementation comes from Payara. */
final class SmtpTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpTransport.class.getName());

    private final Session session;
    private final Transport transport;

    private SmtpTransport(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    /** Connects; a server that cannot be reached throws here. */
    static SmtpTransport connect(MailConfig config) throws MessagingException {
        String host = config.smtpHost().orElseThrow(() -> new IllegalStateException("no SMTP host configured"));
        String protocol = config.ssl() ? "smtps" : "smtp";
        String millis = String.valueOf(config.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", host);
        p.setProperty("mail." + protocol + ".port", String.valueOf(config.smtpPort()));
        p.setProperty("mail." + protocol + ".connectiontimeout", millis);
        p.setProperty("mail." + protocol + ".timeout", millis);
        p.setProperty("mail." + protocol + ".writetimeout", millis);
        p.setProperty("mail." + protocol + ".auth", String.valueOf(config.smtpUser().isPresent()));
        p.setProperty("mail." + protocol + ".starttls.enable", String.valueOf(config.startTls()));
        p.setProperty("mail." + protocol + ".starttls.required", String.valueOf(config.startTls()));
        p.setProperty("mail." + protocol + ".from", config.from().getAddress());
        p.setProperty("mail.mime.charset", "UTF-8");
        Session session = Session.getInstance(p);
        Transport transport = session.getTransport(protocol);
        transport.connect(host, config.smtpPort(), config.smtpUser().orElse(null),
                config.smtpPassword().orElse(null));
        return new SmtpTransport(session, transport);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void send(MimeMessage message, OutboxMail mail) throws MessagingException {
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the SMTP connection failed (the mails were sent already)", e);
        }
    }
}
