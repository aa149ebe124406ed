package org.parindex.survey.results.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.Framework;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.ValidationException;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.scoring.format.UnitsCsvReader;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.questionnaire.application.AnswerMixing;
import org.parindex.survey.questionnaire.application.ResponseCounts;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.results.application.ResultSheet.AreaHead;
import org.parindex.survey.results.application.ResultSheet.LevelSheet;
import org.parindex.survey.results.domain.LevelInputs;
import org.parindex.survey.results.domain.Publication;
import org.parindex.survey.results.domain.Publication.Counts;
import org.parindex.survey.results.domain.Publications;
import org.parindex.survey.results.domain.PublishedLevel;
import org.parindex.survey.results.domain.ResultRow;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.scores.domain.Scores;
import org.parindex.survey.tabular.CsvCells;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

/**
 * The index of a campaign: per rated level, the framework, the scores and the tallied anonymous answers handed to
 * scoring-lib; previewed live, published as numbered immutable versions that keep their inputs, explained unit
 * by unit with scoring-lib's explanation.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    private Campaigns campaigns;
    private Units units;
    private Scores scores;
    private ResponseCounts responses;
    private Publications publications;
    private ScoreService scoreService;
    private ShippedData frameworks;
    private AuditTrail audit;
    private AnswerMixing mixing;
    private Clock clock;
    private Logger log;

    ResultService() {
        // for the CDI proxy
    }

    @Inject
    public ResultService(Campaigns campaigns, Units units, Scores scores,
                         ResponseCounts responses, Publications publications, ScoreService scoreService,
                         ShippedData frameworks, AuditTrail audit, AnswerMixing mixing, Clock clock,
                         Logger log) {
        this.campaigns = campaigns;
        this.units = units;
        this.scores = scores;
        this.responses = responses;
        this.publications = publications;
        this.scoreService = scoreService;
        this.frameworks = frameworks;
        this.audit = audit;
        this.mixing = mixing;
        this.clock = clock;
        this.log = log;
    }

    /** A live computation: each level's inputs and, when any unit has scores, its scoring-lib result. */
    public record Computation(Campaign campaign, LocalDateTime at, Counts counts, List<Level> levels) {
    }

    /** One level of a live computation; {@code result} is null when no unit of the level has scores. */
    public record Level(LevelInputs inputs, CampaignResult result) {
    }

    /** Computes the index of every rated level now, from the stored scores and answers. */
    public Computation compute(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Map<String, Framework> byLevel = scoreService.frameworksByLevel(campaign);
        List<org.parindex.scoring.Unit> all = units.byCode(campaignId).values().stream()
                .map(ResultService::scoringUnit).toList();
        List<Assessment> rows = scores.ofCampaign(campaignId).stream().map(ScoreEntry::value).toList();
        List<TallyCount> tally = responses.tallyForScoring(campaignId);
        List<Level> levels = new ArrayList<>();
        for (CampaignLevel level : campaign.levels()) {
            LevelInputs inputs = LevelInputs.select(level.code(), level.name(), byLevel.get(level.code()), all, rows,
                    tally);
            levels.add(new Level(inputs, inputs.scorable() ? score(inputs) : null));
        }
        return new Computation(campaign, now(), counts(campaignId), levels);
    }

    /** The live computation as a results table. */
    public ResultSheet preview(long campaignId) {
        Computation c = compute(campaignId);
        List<LevelSheet> levels = new ArrayList<>();
        for (Level l : c.levels()) {
            LevelInputs in = l.inputs();
            levels.add(sheet(in.level(), in.levelName(), in.framework(), l.result() == null ? List.of()
                    : ResultRow.fromCsv(ResultWriter.csv(l.result())), in.warnings(), in.answers()));
        }
        Campaign campaign = c.campaign();
        return new ResultSheet(campaign.id(), campaign.name(), campaign.province(), campaign.year(), null, c.at(),
                null, null, c.counts(), levels);
    }

    /**
     * Publishes the results as computed now: a new version that nothing can change afterwards.
     *
     * @throws ConflictException (409) in a draft campaign, or when no unit has scores
     */
    public Publication publish(long campaignId, String note) {
        if (campaign(campaignId).status() != CampaignStatus.OPEN) {
            // The survey is over: answer sets still waiting (paper entered since the close) count now.
            mixing.mixAll(campaignId);
        }
        Computation c = compute(campaignId);
        Campaign campaign = c.campaign();
        if (campaign.status() == CampaignStatus.DRAFT) {
            throw new ConflictException("Đợt đánh giá đang chuẩn bị (DRAFT): chưa công bố được kết quả.",
                    FieldError.of("status", "cần mở điều tra trước", campaign.status().name()));
        }
        if (c.levels().stream().noneMatch(l -> l.result() != null)) {
            throw new ConflictException("Chưa có đơn vị nào có điểm tự đánh giá/thẩm định: chưa có gì để công bố.",
                    FieldError.of("scores", "hãy nhập điểm trước"));
        }
        int number = publications.lastNumber(campaignId) + 1;
        Publication p = new Publication(campaignId, number, c.at(), audit.actor(), campaign.status().name(),
                c.counts(), note);
        StringBuilder summary = new StringBuilder();
        for (Level l : c.levels()) {
            if (l.result() == null) {
                continue;
            }
            Framework f = l.inputs().framework();
            String json = frameworks.shippedFramework(f.code()).orElseThrow().text();
            p.addLevel(l.inputs(), json, CsvCells.neutralise(ResultWriter.csv(l.result())));
            summary.append(l.inputs().level()).append(": ").append(l.inputs().scoredUnits().size())
                    .append(" đơn vị, bộ chỉ số ").append(f.code()).append(f.version().map(v -> " " + v).orElse(""))
                    .append("; ");
        }
        publications.add(p);
        audit.record(AuditAction.RESULTS_PUBLISHED, campaignId, "phiên bản " + number, summary.toString()
                + c.counts().submissions() + " phiếu đã nộp, " + c.counts().answers() + " câu trả lời"
                + (p.note().map(n -> "; ghi chú: " + n).orElse("")));
        log.info(() -> "Published version " + number + " of the results of campaign " + campaignId);
        return p;
    }

    /** The publications of a campaign, newest first. */
    public List<Publication> publications(long campaignId) {
        campaign(campaignId);
        return publications.ofCampaign(campaignId);
    }

    public Publication publication(long campaignId, int number) {
        campaign(campaignId);
        return publications.find(campaignId, number)
                .orElseThrow(() -> new NotFoundException("phiên bản kết quả", number));
    }

    /** A publication as a results table. */
    public ResultSheet sheet(long campaignId, int number) {
        Campaign campaign = campaign(campaignId);
        Publication p = publication(campaignId, number);
        List<LevelSheet> levels = new ArrayList<>();
        for (PublishedLevel l : p.levels()) {
            Framework f = frozenFramework(p, l);
            levels.add(sheet(l.levelCode(), l.levelName(), f, l.rows(), l.warnings(), l.answersTallied()));
        }
        return new ResultSheet(campaignId, campaign.name(), campaign.province(), campaign.year(), p.number(),
                p.publishedAt(), p.publishedBy(), p.note().orElse(null), p.counts(), levels);
    }

    /**
     * Why unit {@code unit} got its index, from scoring-lib: live when {@code version} is null, else as published
     * in that version (scored again from its frozen inputs).
     */
    public Explanation explain(long campaignId, Integer version, String unit) {
        if (version == null) {
            Computation c = compute(campaignId);
            for (Level l : c.levels()) {
                if (l.result() != null && l.result().unit(unit).isPresent()) {
                    return l.result().explain(unit);
                }
            }
            throw new NotFoundException("kết quả của đơn vị", unit);
        }
        Publication p = publication(campaignId, version);
        for (PublishedLevel l : p.levels()) {
            CampaignResult result = rescore(p, l);
            if (result.unit(unit).isPresent()) {
                return result.explain(unit);
            }
        }
        throw new NotFoundException("kết quả của đơn vị", unit);
    }

    /** A frozen document of a published level ({@link PublishedLevel#UNITS}, …). */
    public String document(long campaignId, int version, String level, String name) {
        PublishedLevel l = publication(campaignId, version).level(level)
                .orElseThrow(() -> new NotFoundException("cấp trong phiên bản " + version, level));
        return l.document(name);
    }

    /** Scores a published level again from its frozen inputs, exactly as the scoring CLI would. */
    CampaignResult rescore(Publication p, PublishedLevel l) {
        String prefix = "v" + p.number() + "/" + l.levelCode() + "/";
        Framework f = frozenFramework(p, l);
        List<org.parindex.scoring.Unit> frozenUnits = UnitsCsvReader.read(prefix + PublishedLevel.UNITS,
                new StringReader(l.document(PublishedLevel.UNITS)));
        ScoreSheet sheet = ScoresCsvReader.read(prefix + PublishedLevel.SCORES,
                new StringReader(l.document(PublishedLevel.SCORES)), f);
        SurveyTally tally = AnswersCsvReader.read(prefix + PublishedLevel.ANSWERS,
                new StringReader(l.document(PublishedLevel.ANSWERS)), f);
        return org.parindex.scoring.Campaign.builder(f).units(frozenUnits).assessments(sheet.assessments())
                .tally(tally).build().score();
    }

    private static Framework frozenFramework(Publication p, PublishedLevel l) {
        return FrameworkReader.parse("v" + p.number() + "/" + l.levelCode() + "/" + PublishedLevel.FRAMEWORK,
                l.document(PublishedLevel.FRAMEWORK));
    }

    private static LevelSheet sheet(String level, String levelName, Framework f, List<ResultRow> rows,
                                    List<String> warnings, long answers) {
        List<AreaHead> areas = f.areas().stream().map(a -> new AreaHead(a.code(), a.name())).toList();
        return new LevelSheet(level, levelName, f.code(), f.name(), f.version().orElse(null), areas, rows, warnings,
                answers);
    }

    private CampaignResult score(LevelInputs inputs) {
        try {
            return inputs.score();
        } catch (ValidationException e) {
            throw new ConflictException("Không tính được chỉ số " + inputs.levelName().toLowerCase(
                    java.util.Locale.ROOT) + ": " + e.problems().size() + " vấn đề với dữ liệu.",
                    e.problems().stream().map(pr -> FieldError.of("scores", pr.item() + ": " + pr.message()))
                            .toList());
        }
    }

    private Counts counts(long campaignId) {
        ResponseCounts.Counts counts = responses.counts(campaignId);
        return new Counts(counts.respondents(), counts.submitted(), counts.answers());
    }

    static org.parindex.scoring.Unit scoringUnit(Unit u) {
        return new org.parindex.scoring.Unit(u.code(), u.name(), u.level(), u.parent().orElse(null));
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
