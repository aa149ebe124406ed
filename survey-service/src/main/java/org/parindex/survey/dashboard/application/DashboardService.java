package org.parindex.survey.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.scoring.Framework;
import org.parindex.scoring.TallyCount;
import org.parindex.survey.campaign.application.QuotaReport;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.invitation.application.InvitationService;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.application.ResponseCounts;
import org.parindex.survey.campaign.application.CampaignService;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;
import org.parindex.survey.demo.DemoCampaign;

/**
 * The dashboard's one application service, which {@code DashboardResource} is a thin layer over: the figures,
 * computed from the other components' services (response counts and the anonymous tally from the questionnaire,
 * quotas from the respondents, invitation and mail statuses from the invitations, each level's framework); the
 * respondents' status as CSV or XLSX ({@link RespondentStatus}); simulated answers in demo mode
 * ({@link DemoAnswers}). Each use case runs in one transaction.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    private Campaigns campaigns;
    private Units units;
    private ResponseCounts responses;
    private CampaignService campaignService;
    private InvitationService invitations;
    private ScoreService scores;
    private SurveyConfig config;
    private RespondentStatus status;
    private DemoAnswers demo;
    private Clock clock;

    DashboardService() {
        // for the CDI proxy
    }

    @Inject
    public DashboardService(Campaigns campaigns, Units units, ResponseCounts responses,
                            CampaignService campaignService, InvitationService invitations, ScoreService scores,
                            SurveyConfig config, RespondentStatus status, DemoAnswers demo, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.responses = responses;
        this.campaignService = campaignService;
        this.invitations = invitations;
        this.scores = scores;
        this.config = config;
        this.status = status;
        this.demo = demo;
        this.clock = clock;
    }

    /**
     * Everything the dashboard shows.
     *
     * @param campaignId   the campaign
     * @param campaign     its name
     * @param status       its status code
     * @param statusLabel  its status in Vietnamese
     * @param at           when these figures were computed
     * @param quota        respondents the sample plan asks for
     * @param respondents  respondents registered
     * @param submitted    questionnaires submitted (online and on paper)
     * @param answering    respondents who started but did not submit
     * @param responseRate submitted / registered, in percent with one decimal (0 when nobody is registered)
     * @param groups       per group, in plan order
     * @param levels       per rated level, the units and their coverage
     * @param invitations  respondents per invitation status
     * @param mails        outbox mails per status
     * @param warnings     what needs attention
     * @param demo         whether simulated answers can be submitted (demo mode, the demo campaign)
     */
    public record Overview(long campaignId, String campaign, String status, String statusLabel, LocalDateTime at,
                           int quota, long respondents, long submitted, long answering, BigDecimal responseRate,
                           List<GroupLine> groups, List<LevelLine> levels, List<StatusCount> invitations,
                           List<StatusCount> mails, List<Warning> warnings, boolean demo) {
    }

    /**
     * One group.
     *
     * @param code         group code
     * @param name         group name
     * @param quota        its quota
     * @param registered   respondents registered
     * @param submitted    questionnaires submitted
     * @param responseRate submitted / quota, in percent with one decimal
     * @param offQuota     whether the respondents registered differ from the quota
     */
    public record GroupLine(String code, String name, int quota, long registered, long submitted,
                            BigDecimal responseRate, boolean offQuota) {
    }

    /** A rated level: the minimum of valid answers of its framework, and its units. */
    public record LevelLine(String level, String levelName, String framework, int minValidAnswers,
                            List<UnitLine> units) {
    }

    /** A rated unit and how many rated it. */
    public record UnitLine(String code, String name, long raters, long minValid, boolean lacking) {
    }

    /** A status with its label and count. */
    public record StatusCount(String status, String label, long count) {
    }

    /**
     * Something that needs attention.
     *
     * @param kind    {@code UNIT_BELOW_MINIMUM}, {@code GROUP_OFF_QUOTA} or {@code MAIL_FAILED}
     * @param message in Vietnamese
     */
    public record Warning(String kind, String message) {
    }

    public Overview overview(long campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("đợt đánh giá",
                campaignId));
        ResponseCounts.Counts counts = responses.counts(campaignId);
        QuotaReport quotas = campaignService.quotas(campaignId);
        List<Warning> warnings = new ArrayList<>();
        List<GroupLine> groups = new ArrayList<>();
        Map<String, Long> registered = new HashMap<>();
        quotas.groups().forEach(g -> registered.put(g.group().code(), g.registered()));
        for (ResponseCounts.GroupCount g : counts.groups()) {
            long reg = registered.getOrDefault(g.group(), g.respondents());
            groups.add(new GroupLine(g.group(), g.name(), g.quota(), reg, g.submitted(), percent(g.submitted(),
                    g.quota()), reg != g.quota()));
        }
        quotas.warnings().forEach(w -> warnings.add(new Warning("GROUP_OFF_QUOTA", w)));

        Map<String, Framework> frameworks = scores.frameworksByLevel(campaign);
        Map<String, List<TallyCount>> tallyByUnit = new HashMap<>();
        for (TallyCount c : responses.tallyForScoring(campaignId)) {
            tallyByUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c);
        }
        Map<String, Unit> allUnits = units.byCode(campaignId);
        List<LevelLine> levels = new ArrayList<>();
        for (CampaignLevel level : campaign.levels()) {
            Framework f = frameworks.get(level.code());
            List<UnitLine> lines = new ArrayList<>();
            List<String> lacking = new ArrayList<>();
            for (Unit u : allUnits.values()) {
                if (!u.level().equals(level.code())) {
                    continue;
                }
                UnitCoverage c = UnitCoverage.of(u.code(), f, tallyByUnit.getOrDefault(u.code(), List.of()));
                lines.add(new UnitLine(u.code(), u.name(), c.raters(), c.minValid(), c.lacking()));
                if (c.lacking()) {
                    lacking.add(u.name());
                }
            }
            if (!lacking.isEmpty()) {
                warnings.add(new Warning("UNIT_BELOW_MINIMUM", lacking.size() + " đơn vị " + level.name()
                        .toLowerCase(java.util.Locale.ROOT) + " chưa đủ " + f.policy().minValidAnswers()
                        + " phiếu hợp lệ cho mọi tiêu chí điều tra: " + names(lacking)));
            }
            levels.add(new LevelLine(level.code(), level.name(), f.code(), f.policy().minValidAnswers(), lines));
        }

        InvitationService.Summary summary = invitations.summary(campaignId);
        List<StatusCount> statuses = new ArrayList<>();
        for (InvitationStatus s : InvitationStatus.values()) {
            statuses.add(new StatusCount(s.name(), s.label(), summary.byStatus().getOrDefault(s, 0L)));
        }
        List<StatusCount> mails = new ArrayList<>();
        for (MailStatus s : MailStatus.values()) {
            mails.add(new StatusCount(s.name(), mailLabel(s), summary.mails().getOrDefault(s, 0L)));
        }
        long failed = summary.mails().getOrDefault(MailStatus.FAILED, 0L);
        if (failed > 0) {
            warnings.add(new Warning("MAIL_FAILED", failed + " thư gửi thất bại ("
                    + summary.byStatus().getOrDefault(InvitationStatus.FAILED, 0L)
                    + " người chưa nhận được thư mời): kiểm tra địa chỉ e-mail rồi gửi lại."));
        }
        return new Overview(campaignId, campaign.name(), campaign.status().name(), campaign.status().label(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), quotas.quota(), counts.respondents(),
                counts.submitted(), counts.answering(), percent(counts.submitted(), counts.respondents()), groups,
                levels, statuses, mails, warnings,
                config.demoEnabled() && DemoCampaign.isDemo(campaign));
    }

    static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static String names(List<String> list) {
        return list.size() <= 8 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 8)) + " và " + (list.size() - 8) + " đơn vị khác";
    }

    static String mailLabel(MailStatus s) {
        return switch (s) {
            case QUEUED -> "Đang chờ gửi";
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi thất bại";
            case CANCELLED -> "Đã hủy";
        };
    }

    /** Who has answered, never what: the respondents' status as CSV (UTF-8 with a BOM); audit-logged. */
    public byte[] respondentStatusCsv(long campaignId) {
        return status.csv(campaignId);
    }

    /** The respondents' status as an XLSX workbook; audit-logged. */
    public byte[] respondentStatusXlsx(long campaignId) {
        return status.xlsx(campaignId);
    }

    /**
     * Demo mode only: simulated answers for up to {@code count} respondents who have not answered (see
     * {@link DemoAnswers#submit}).
     *
     * @return how many were submitted
     */
    public int demoAnswers(long campaignId, int count) {
        return demo.submit(campaignId, count);
    }
}
