package org.parindex.survey.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.mail.domain.MailBatch;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.problem.NotFoundException;

/**
 * The outbox as the secretariat sees it: the mails of a campaign with their status and failure reason, the progress
 * of a batch while it is sent, the {@code .eml} files of the outbox folder, and putting failed mails back in the
 * queue.
 */
@ApplicationScoped
@Transactional
public class OutboxService {

    private static final Pattern FILE = Pattern.compile("mail-[0-9]{1,19}\\.eml");

    private Outbox outbox;
    private Campaigns campaigns;
    private MailConfig config;
    private Clock clock;
    private AuditTrail audit;

    OutboxService() {
        // for the CDI proxy
    }

    @Inject
    public OutboxService(Outbox outbox, Campaigns campaigns, MailConfig config, Clock clock, AuditTrail audit) {
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * How far a batch has come.
     *
     * @param total     mails queued by the batch
     * @param queued    still waiting (also between retries)
     * @param retrying  of those, how many failed at least once
     * @param sent      sent
     * @param failed    failed for good
     * @param cancelled cancelled before sending (link revoked or reissued, or the respondent answered)
     */
    public record Progress(MailBatch batch, long total, long queued, long retrying, long sent, long failed,
                           long cancelled) {

        /** Whether nothing is left to send. */
        public boolean done() {
            return queued == 0;
        }
    }

    public Progress progress(long campaignId, long batchId) {
        requireCampaign(campaignId);
        MailBatch batch = outbox.batch(campaignId, batchId)
                .orElseThrow(() -> new NotFoundException("đợt gửi thư", batchId));
        return progressOf(batch);
    }

    /** Progress of a batch just created, in the caller's transaction. */
    public Progress progressOf(MailBatch batch) {
        Map<MailStatus, Long> c = outbox.countByStatus(batch.campaignId(), batch.id());
        long total = c.values().stream().mapToLong(Long::longValue).sum();
        long retrying = outbox.countRetrying(batch.campaignId(), batch.id());
        return new Progress(batch, total, c.get(MailStatus.QUEUED), retrying, c.get(MailStatus.SENT),
                c.get(MailStatus.FAILED), c.get(MailStatus.CANCELLED));
    }

    /** Mails per status over the whole campaign. */
    public Map<MailStatus, Long> counts(long campaignId) {
        requireCampaign(campaignId);
        return outbox.countByStatus(campaignId, null);
    }

    public List<OutboxMail> list(long campaignId, MailStatus status, Long batchId, int offset, int limit) {
        requireCampaign(campaignId);
        return outbox.list(campaignId, status, batchId, offset, limit);
    }

    public long count(long campaignId, MailStatus status, Long batchId) {
        return outbox.count(campaignId, status, batchId);
    }

    /** Puts every FAILED mail of the campaign back in the queue; returns how many. */
    public int retryFailed(long campaignId) {
        requireCampaign(campaignId);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        int n = 0;
        for (OutboxMail m : outbox.failed(campaignId)) {
            if (m.requeue(now)) {
                n++;
            }
        }
        audit.record(AuditAction.MAILS_RETRIED, campaignId, null, n + " thư được đưa lại vào hàng đợi");
        return n;
    }

    /** Whether mails go to files (no SMTP server configured). */
    public boolean writesFiles() {
        return config.smtpHost().isEmpty();
    }

    /**
     * One {@code .eml} file of the outbox folder.
     *
     * @param name     the file name, e.g. {@code mail-12.eml}
     * @param size     bytes
     * @param modified when it was written
     */
    public record MailFile(String name, long size, LocalDateTime modified) {
    }

    /** The campaign's {@code .eml} files, newest first. */
    public List<MailFile> files(long campaignId) {
        requireCampaign(campaignId);
        Path dir = FolderTransport.folder(config.outboxDir(), campaignId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        ZoneId zone = clock.getZone();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                    .map(p -> {
                        try {
                            return new MailFile(p.getFileName().toString(), Files.size(p),
                                    LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), zone)
                                            .truncatedTo(ChronoUnit.SECONDS));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sorted(Comparator.comparing(MailFile::modified).thenComparing(MailFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * The content of one {@code .eml} file; 404 for any other name. Audit-logged with the mail's respondent: the
     * mail holds their link.
     */
    public InputStream file(long campaignId, String name) {
        requireCampaign(campaignId);
        if (name == null || !FILE.matcher(name).matches()) {
            throw new NotFoundException("tệp thư", name);
        }
        Path p = FolderTransport.folder(config.outboxDir(), campaignId).resolve(name);
        InputStream in;
        try {
            in = Files.newInputStream(p);
        } catch (IOException e) {
            throw new NotFoundException("tệp thư", name);
        }
        Optional<OutboxMail> mail = outbox.find(Long.parseLong(name.substring(5, name.length() - 4)));
        audit.record(AuditAction.MAIL_FILE_READ, campaignId, mail.map(m -> m.respondentId() == null
                        ? "thư gửi tài khoản " + m.recipient() : "người được điều tra " + m.respondentId())
                .orElse("thư không còn trong hộp thư đi"), name);
        return in;
    }

    /** The outbox folder of a campaign, as a path on the server (for the README and logs). */
    public Path folder(long campaignId) {
        return FolderTransport.folder(config.outboxDir(), campaignId);
    }

    private void requireCampaign(long campaignId) {
        campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("đợt đánh giá", campaignId));
    }
}
