package org.parindex.survey.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.mail.domain.Backoff;
import org.parindex.survey.platform.Durations;
import org.parindex.survey.platform.SurveyConfig;

/**
 * The settings of outgoing mail, through MicroProfile Config like every setting of the service (system property
 * {@code -Dsurvey.mail.smtp.host=…} or environment variable {@code SURVEY_MAIL_SMTP_HOST=…}); durations are ISO-8601
 * ({@code PT30S}, {@code PT1H}).
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>survey.mail.smtp.host</td><td>(none)</td><td>SMTP server; without one, mails are written as .eml files
 *       to the outbox folder</td></tr>
 *   <tr><td>survey.mail.smtp.port</td><td>25</td><td>its port (587 with STARTTLS, 465 with SSL)</td></tr>
 *   <tr><td>survey.mail.smtp.user, .password</td><td>(none)</td><td>log-in, when the server wants one</td></tr>
 *   <tr><td>survey.mail.smtp.starttls, .ssl</td><td>false</td><td>encryption</td></tr>
 *   <tr><td>survey.mail.smtp.timeout</td><td>PT20S</td><td>connect and read time-out</td></tr>
 *   <tr><td>survey.mail.from</td><td>Tổ thư ký Chỉ số CCHC &lt;no-reply@parindex.invalid&gt;</td><td>sender</td></tr>
 *   <tr><td>survey.mail.rate-per-minute</td><td>120</td><td>most mails sent per minute, per instance</td></tr>
 *   <tr><td>survey.mail.smtp.connections</td><td>1</td><td>SMTP connections a poll sends over at once (1–16): each
 *       mail waits for several server replies, so a few connections keep a fast server busy (issue 12)</td></tr>
 *   <tr><td>survey.mail.poll-interval</td><td>PT2S</td><td>how often the worker looks for due mails</td></tr>
 *   <tr><td>survey.mail.retry.initial, .max</td><td>PT30S, PT1H</td><td>back-off after a failed try</td></tr>
 *   <tr><td>survey.mail.retry.max-attempts</td><td>10</td><td>tries before a mail is FAILED</td></tr>
 *   <tr><td>survey.mail.lease</td><td>PT5M</td><td>how long a claimed mail is reserved for its sender</td></tr>
 *   <tr><td>survey.mail.outbox-dir</td><td>{data folder}/outbox</td><td>where .eml files go</td></tr>
 *   <tr><td>survey.mail.worker.enabled</td><td>true</td><td>whether this instance sends mail at all</td></tr>
 * </table>
 */
@ApplicationScoped
public class MailConfig {

    private Optional<String> smtpHost;
    private int smtpPort;
    private Optional<String> smtpUser;
    private Optional<String> smtpPassword;
    private boolean startTls;
    private boolean ssl;
    private Duration timeout;
    private InternetAddress from;
    private int ratePerMinute;
    private int connections;
    private Duration pollInterval;
    private Backoff backoff;
    private int maxAttempts;
    private Duration lease;
    private Path outboxDir;
    private boolean workerEnabled;

    MailConfig() {
        // for the CDI proxy
    }

    @Inject
    public MailConfig(SurveyConfig survey,
                      @ConfigProperty(name = "survey.mail.smtp.host") Optional<String> smtpHost,
                      @ConfigProperty(name = "survey.mail.smtp.port", defaultValue = "25") int smtpPort,
                      @ConfigProperty(name = "survey.mail.smtp.user") Optional<String> smtpUser,
                      @ConfigProperty(name = "survey.mail.smtp.password") Optional<String> smtpPassword,
                      @ConfigProperty(name = "survey.mail.smtp.starttls", defaultValue = "false") boolean startTls,
                      @ConfigProperty(name = "survey.mail.smtp.ssl", defaultValue = "false") boolean ssl,
                      @ConfigProperty(name = "survey.mail.smtp.timeout", defaultValue = "PT20S") String timeout,
                      @ConfigProperty(name = "survey.mail.from",
                              defaultValue = "Tổ thư ký Chỉ số CCHC <no-reply@parindex.invalid>") String from,
                      @ConfigProperty(name = "survey.mail.rate-per-minute", defaultValue = "120") int ratePerMinute,
                      @ConfigProperty(name = "survey.mail.smtp.connections", defaultValue = "1") int connections,
                      @ConfigProperty(name = "survey.mail.poll-interval", defaultValue = "PT2S") String pollInterval,
                      @ConfigProperty(name = "survey.mail.retry.initial", defaultValue = "PT30S") String retryInitial,
                      @ConfigProperty(name = "survey.mail.retry.max", defaultValue = "PT1H") String retryMax,
                      @ConfigProperty(name = "survey.mail.retry.max-attempts", defaultValue = "10") int maxAttempts,
                      @ConfigProperty(name = "survey.mail.lease", defaultValue = "PT5M") String lease,
                      @ConfigProperty(name = "survey.mail.outbox-dir") Optional<String> outboxDir,
                      @ConfigProperty(name = "survey.mail.worker.enabled", defaultValue = "true") boolean workerEnabled) {
        this.smtpHost = smtpHost.map(String::strip).filter(h -> !h.isEmpty());
        this.smtpPort = require("survey.mail.smtp.port", smtpPort, 1, 65_535);
        this.smtpUser = smtpUser.filter(u -> !u.isBlank());
        this.smtpPassword = smtpPassword;
        this.startTls = startTls;
        this.ssl = ssl;
        this.timeout = Durations.positive("survey.mail.smtp.timeout", timeout);
        this.from = address("survey.mail.from", from);
        this.ratePerMinute = require("survey.mail.rate-per-minute", ratePerMinute, 1, 1_000_000);
        this.connections = require("survey.mail.smtp.connections", connections, 1, 16);
        this.pollInterval = Durations.positive("survey.mail.poll-interval", pollInterval);
        this.backoff = new Backoff(Durations.positive("survey.mail.retry.initial", retryInitial),
                Durations.positive("survey.mail.retry.max", retryMax));
        this.maxAttempts = require("survey.mail.retry.max-attempts", maxAttempts, 1, 1000);
        this.lease = Durations.positive("survey.mail.lease", lease);
        this.outboxDir = outboxDir.filter(d -> !d.isBlank()).map(d -> Path.of(d).toAbsolutePath().normalize())
                .orElse(survey.dataDir().resolve("outbox"));
        this.workerEnabled = workerEnabled;
    }

    private static int require(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "]: " + value);
        }
        return value;
    }


    private static InternetAddress address(String key, String value) {
        try {
            InternetAddress parsed = new InternetAddress(value.strip(), true);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException(key + " is not an e-mail address: " + value, e);
        }
    }

    /** The SMTP server, if mail goes to one; otherwise to the outbox folder. */
    public Optional<String> smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser;
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean startTls() {
        return startTls;
    }

    public boolean ssl() {
        return ssl;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The sender, with its display name. */
    public InternetAddress from() {
        return (InternetAddress) from.clone();
    }

    public int ratePerMinute() {
        return ratePerMinute;
    }

    /** SMTP connections one poll sends over at once. */
    public int connections() {
        return connections;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    /** How many mails one poll may send, so that sending stays at {@link #ratePerMinute()}. */
    public int mailsPerPoll() {
        long perPoll = (long) ratePerMinute * pollInterval.toMillis() / 60_000;
        return (int) Math.max(1, Math.min(perPoll, 500));
    }

    public Backoff backoff() {
        return backoff;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration lease() {
        return lease;
    }

    /** Where .eml files are written when there is no SMTP server. */
    public Path outboxDir() {
        return outboxDir;
    }

    public boolean workerEnabled() {
        return workerEnabled;
    }
}
