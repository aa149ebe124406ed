package org.parindex.survey.selfassessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.scoring.Area;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Criterion;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.membership.application.MemberAccess;
import org.parindex.survey.membership.application.MemberAccess.Reach;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.selfassessment.domain.Dossier;
import org.parindex.survey.selfassessment.domain.DossierStatus;
import org.parindex.survey.selfassessment.domain.Dossiers;
import org.parindex.survey.selfassessment.domain.EvidenceFile;
import org.parindex.survey.selfassessment.domain.LeafEntry;
import org.parindex.survey.selfassessment.application.DossierView.EvidenceView;
import org.parindex.survey.selfassessment.application.DossierView.LeafView;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

/**
 * Opens a unit's dossier for a caller (the campaign, the unit, its level's framework, how the caller reaches it,
 * checked by {@link MemberAccess}) and shows it ({@link DossierView}); shared by the officer's and the appraiser's
 * use cases.
 */
@ApplicationScoped
@Transactional
public class DossierReader {

    private Campaigns campaigns;
    private Units units;
    private Dossiers dossiers;
    private ScoreService scores;
    private MemberAccess access;
    private Clock clock;

    DossierReader() {
        // for the CDI proxy
    }

    @Inject
    public DossierReader(Campaigns campaigns, Units units, Dossiers dossiers, ScoreService scores,
                         MemberAccess access, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.dossiers = dossiers;
        this.scores = scores;
        this.access = access;
        this.clock = clock;
    }

    /** A dossier opened for a caller; {@code dossier} is empty until the unit saves something. */
    public record Opened(Campaign campaign, Unit unit, Framework framework, Reach reach, Optional<Member> member,
                         Optional<Dossier> dossier) {

        /** The leaf {@code item} of the framework, self-scored or survey; 404 otherwise. */
        public Leaf leaf(String item) {
            return framework.leaf(item).orElseThrow(() -> new NotFoundException("tiêu chí (thành phần)", item));
        }

        /** The area code of leaf {@code item}. */
        public String areaOf(String item) {
            return framework.areaOf(item).map(Area::code).orElse("");
        }
    }

    /**
     * Opens the dossier of {@code unitCode}: 404 for an unknown campaign or unit, 403 when the unit is none of the
     * caller's, 409 for a unit of a level the campaign does not rate.
     */
    public Opened open(Caller caller, long campaignId, String unitCode) {
        Campaign campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new NotFoundException("đợt đánh giá", campaignId));
        Unit unit = units.find(campaignId, unitCode).orElseThrow(() -> new NotFoundException("đơn vị", unitCode));
        Reach reach = access.reach(caller, unit);
        Framework framework = scores.frameworksByLevel(campaign).get(unit.level());
        if (framework == null) {
            throw new ConflictException("Đơn vị " + unit.code() + " thuộc cấp " + unit.level()
                    + ", cấp không được chấm điểm trong đợt đánh giá.", FieldError.of("unit", "cấp không được chấm"));
        }
        Optional<Member> member = reach == Reach.READ ? Optional.empty()
                : access.membership(caller, campaignId);
        return new Opened(campaign, unit, framework, reach, member, dossiers.find(campaignId, unit.code()));
    }

    /** The caller's membership of a campaign, if any (never throws: safe inside a caller's transaction). */
    public Optional<Member> membership(Caller caller, long campaignId) {
        return access.membership(caller, campaignId);
    }

    /** The dossier as the pages show it. */
    public DossierView view(Opened o) {
        Map<String, LeafEntry> byItem = new HashMap<>();
        Map<String, List<EvidenceView>> files = new HashMap<>();
        Optional<Dossier> d = o.dossier();
        if (d.isPresent()) {
            dossiers.leaves(d.get().id()).forEach(l -> byItem.put(l.itemCode(), l));
            for (EvidenceFile f : dossiers.evidence(d.get().id())) {
                files.computeIfAbsent(f.itemCode(), k -> new ArrayList<>()).add(new EvidenceView(f.id(),
                        f.fileName(), f.mediaType(), f.size(), f.sha256(), f.stage().name(), f.uploadedAt(),
                        f.uploadedBy()));
            }
        }
        List<LeafView> leaves = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        int answered = 0;
        int toAnswer = 0;
        for (Area area : o.framework().areas()) {
            for (Criterion criterion : area.criteria()) {
                for (Leaf leaf : criterion.leaves()) {
                    LeafEntry e = byItem.get(leaf.code());
                    boolean na = e != null && e.notApplicable();
                    BigDecimal selfPoints = e == null ? null : points(leaf, e.selfScore(), e.selfFigure());
                    BigDecimal appraisedPoints = e == null ? null
                            : points(leaf, e.appraisedScore(), e.appraisedFigure());
                    if (!leaf.isSurvey()) {
                        toAnswer++;
                        if (e != null && e.answered()) {
                            answered++;
                        }
                        if (!na) {
                            if (leaf.countsTowardsTotal()) {
                                max = max.add(leaf.maxPoints());
                            }
                            self = self.add(selfPoints == null ? BigDecimal.ZERO : selfPoints);
                            appraised = appraised.add(appraisedPoints == null ? BigDecimal.ZERO : appraisedPoints);
                        }
                    }
                    Optional<AwardRule> rule = leaf.awardRule();
                    boolean appraisable = o.reach() == Reach.APPRAISER && !leaf.isSurvey()
                            && o.member().map(m -> m.appraisesArea(area.code())).orElse(false);
                    leaves.add(new LeafView(leaf.code(), leaf.name(), area.code(), area.name(), criterion.code(),
                            criterion.name(), plain(leaf.maxPoints()), leaf.method().name(),
                            rule.map(AwardRule::describe).orElse(null), rule.map(AwardRule::type).orElse(null),
                            rule.filter(r -> r instanceof AwardRule.Levels).map(r -> ((AwardRule.Levels) r).levels()
                                    .stream().map(l -> l.code() + ": " + l.label()).toList()).orElse(List.of()),
                            e == null ? null : e.selfScore(), e == null ? null : e.selfFigure(), plain(selfPoints),
                            na, e == null ? null : e.naReason(), e == null ? null : e.explanation(),
                            e == null ? null : e.appraisedScore(), e == null ? null : e.appraisedFigure(),
                            plain(appraisedPoints), e == null ? null : e.comment(), e == null ? null : e.reply(),
                            appraisable, files.getOrDefault(leaf.code(), List.of())));
                }
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        DossierStatus status = d.map(Dossier::status).orElse(DossierStatus.DRAFT);
        return new DossierView(o.campaign().id(), o.unit().code(), o.unit().name(), o.unit().level(),
                o.framework().code(), o.framework().name(), status.name(), status.label(), o.reach().name(),
                o.campaign().deadlines().selfAssessmentDue(),
                d.flatMap(Dossier::submittedAt).orElse(null), d.flatMap(Dossier::appraisedAt).orElse(null),
                d.flatMap(Dossier::replyUntil).orElse(null), d.flatMap(Dossier::explainedAt).orElse(null),
                d.flatMap(Dossier::finalisedAt).orElse(null), d.map(x -> x.replyOpen(now)).orElse(false),
                new DossierView.Totals(plain(max), plain(self), plain(appraised), answered, toAnswer), leaves);
    }

    /** The points a value gives on {@code leaf} (scoring-lib's rule for a figure), or null without a value. */
    static BigDecimal points(Leaf leaf, String score, String figure) {
        if (score != null) {
            return new BigDecimal(score);
        }
        if (figure != null && leaf.awardRule().isPresent()) {
            return leaf.awardRule().get().points(figure, leaf.maxPoints());
        }
        return null;
    }

    private static String plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
