package org.parindex.survey.campaign.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parindex.scoring.Office;
import org.parindex.scoring.PlanLevel;
import org.parindex.scoring.Problem;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.UnitQuota;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.shipped.ShippedData.ShippedPlan;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignCreated;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.CampaignStatusChanged;
import org.parindex.survey.campaign.domain.Campaigns.CampaignFilter;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.campaign.domain.Deadlines;
import org.parindex.survey.campaign.domain.RespondentCounts;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.campaign.domain.UnitCounts;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.shipped.ShippedData;

/** Use cases of campaigns: create one from a sample plan, change it as its status allows, move its status. */
@ApplicationScoped
@Transactional
public class CampaignService {

    private Campaigns campaigns;
    private ShippedData plans;
    private UnitCounts units;
    private RespondentCounts respondents;
    private Event<CampaignCreated> created;
    private Event<CampaignStatusChanged> statusChanged;
    private Event<CampaignDeleted> deleted;
    private Clock clock;
    private Logger log;
    private AuditTrail audit;

    CampaignService() {
        // for the CDI proxy
    }

    @Inject
    public CampaignService(Campaigns campaigns, ShippedData plans, UnitCounts units, RespondentCounts respondents,
                           Event<CampaignCreated> created, Event<CampaignStatusChanged> statusChanged,
                           Event<CampaignDeleted> deleted, Clock clock, Logger log, AuditTrail audit) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.respondents = respondents;
        this.created = created;
        this.statusChanged = statusChanged;
        this.deleted = deleted;
        this.clock = clock;
        this.log = log;
        this.audit = audit;
    }

    /**
     * What a new campaign is made from.
     *
     * @param samplePlan name of a shipped sample plan, e.g. {@code haiduong-2023}; required
     * @param name       the campaign's name; defaults to one made from the plan's year and province
     * @param deadlines  the dates, each optional
     * @param withUnits  whether to add the units of the plan's province (default true)
     */
    public record NewCampaign(String samplePlan, String name, Deadlines deadlines, boolean withUnits) {
    }

    /** Creates a draft campaign from a shipped sample plan: its levels, groups, forms, quotas and (optionally) units. */
    public Campaign create(NewCampaign request) {
        if (request.samplePlan() == null || request.samplePlan().isBlank()) {
            throw InvalidInputException.of("samplePlan", "bắt buộc: tên kế hoạch chọn mẫu, ví dụ haiduong-2023");
        }
        ShippedPlan shipped = plans.samplePlan(request.samplePlan().strip()).orElseThrow(() -> InvalidInputException.of(
                "samplePlan", "không có kế hoạch chọn mẫu '" + request.samplePlan() + "'; có: " + plans.samplePlanNames()));
        SamplePlan plan = shipped.plan();
        if (request.withUnits() && !shipped.units().isEmpty()) {
            List<Problem> problems = plan.unitProblems(shipped.units());
            if (!problems.isEmpty()) {
                throw new InvalidInputException("Kế hoạch chọn mẫu và danh sách đơn vị không khớp.",
                        problems.stream().map(p -> FieldError.of("samplePlan", p.toString())).toList());
            }
        }
        String name = request.name() == null || request.name().isBlank()
                ? "Chỉ số CCHC năm " + plan.year() + " — tỉnh " + plan.province()
                : request.name();
        Deadlines deadlines = request.deadlines() == null ? Deadlines.none() : request.deadlines();
        Campaign campaign = Campaign.draft(name, plan.province(), plan.year(), plan.code(), deadlines, now());
        for (PlanLevel level : plan.levels()) {
            campaign.addLevel(level.code(), level.name(), level.framework());
        }
        for (org.parindex.scoring.SampleGroup g : plan.groups()) {
            SampleGroup group = campaign.addGroup(g.code(), g.name(), g.nameEn(), g.quota(), g.homeLevel());
            for (SurveyForm f : g.forms()) {
                group.addForm(f.questionnaire(), f.ratedLevel(), f.scope());
            }
            for (UnitQuota q : g.unitQuotas()) {
                group.setUnitQuota(q.unit(), q.quota());
            }
            for (Office o : g.offices()) {
                group.addOffice(o.code(), o.name(), o.counterparts(), o.units());
            }
        }
        campaigns.add(campaign);
        created.fire(new CampaignCreated(campaign.id(), request.withUnits() ? shipped.units() : List.of()));
        audit.record(AuditAction.CAMPAIGN_CREATED, campaign.id(), campaign.name(), "từ kế hoạch chọn mẫu "
                + shipped.name() + (request.withUnits() ? ", có danh sách đơn vị" : ""));
        log.info(() -> "Created campaign " + campaign.id() + " from sample plan " + shipped.name());
        return campaign;
    }

    public Campaign find(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    public List<Campaign> list(CampaignFilter filter, int offset, int limit) {
        return campaigns.list(filter, offset, limit);
    }

    public long count(CampaignFilter filter) {
        return campaigns.count(filter);
    }

    /**
     * Renames and reschedules a campaign as its status allows; {@code null} leaves the name unchanged.
     */
    public Campaign update(long id, String name, Deadlines deadlines) {
        Campaign campaign = find(id);
        String before = campaign.name() + "; " + campaign.deadlines();
        if (name != null && !name.equals(campaign.name())) {
            campaign.rename(name);
        }
        if (deadlines != null) {
            campaign.reschedule(deadlines, LocalDate.now(clock));
        }
        String after = campaign.name() + "; " + campaign.deadlines();
        if (!after.equals(before)) {
            audit.record(AuditAction.CAMPAIGN_CHANGED, id, campaign.name(), "trước: " + before + " — sau: " + after);
        }
        return campaign;
    }

    /**
     * Sets whom the campaign's respondents contact ({@code null}: the installation's default, {@link
     * SecretariatContact}); audit-logged.
     */
    public Campaign changeContact(long id, Contact contact) {
        Campaign campaign = find(id);
        String before = campaign.contact().map(Contact::toString).orElse("(mặc định)");
        campaign.changeContact(contact);
        String after = campaign.contact().map(Contact::toString).orElse("(mặc định)");
        if (!after.equals(before)) {
            audit.record(AuditAction.CAMPAIGN_CHANGED, id, campaign.name(), "liên hệ trước: " + before + " — sau: "
                    + after);
        }
        return campaign;
    }

    /**
     * Moves a campaign to its next status (see {@link CampaignStatus}). Closing the survey deletes the drafts never
     * submitted and mixes every answer set still waiting (observers of {@link CampaignStatusChanged}).
     */
    public Campaign changeStatus(long id, CampaignStatus target) {
        Campaign campaign = find(id);
        CampaignStatus from = campaign.status();
        campaign.moveTo(target, units.countByLevel(id), now());
        audit.record(AuditAction.CAMPAIGN_STATUS_CHANGED, id, campaign.name(), from + " → " + target);
        statusChanged.fire(new CampaignStatusChanged(id, target));
        log.info(() -> "Campaign " + id + " is now " + target);
        return campaign;
    }

    /** Changes the framework that scores one level, in a draft. */
    public Campaign useFramework(long id, String level, String framework) {
        Campaign campaign = find(id);
        campaign.level(level).orElseThrow(() -> new NotFoundException("cấp được đánh giá", level))
                .useFramework(framework);
        audit.record(AuditAction.CAMPAIGN_CHANGED, id, "cấp " + level, "bộ chỉ số " + framework);
        return campaign;
    }

    /** Renames a group and changes its quota, in a draft. */
    public void reviseGroup(long id, String code, String name, int quota) {
        find(id).group(code).orElseThrow(() -> new NotFoundException("nhóm đối tượng điều tra", code))
                .revise(name, quota);
        audit.record(AuditAction.CAMPAIGN_CHANGED, id, "nhóm " + code, "tên " + name + ", chỉ tiêu " + quota);
    }

    /**
     * Deletes a draft campaign with its groups; its respondents and units go with it (observers of
     * {@link CampaignDeleted}).
     */
    public void delete(long id) {
        Campaign campaign = find(id);
        campaign.requireSetUpEditable("xoá đợt đánh giá");
        deleted.fire(new CampaignDeleted(id));
        campaigns.remove(campaign);
        audit.record(AuditAction.CAMPAIGN_DELETED, id, campaign.name(), "xoá cùng đơn vị, nhóm và người được điều tra");
    }

    /** Units of the campaign per level code. */
    public Map<String, Long> unitsByLevel(long id) {
        find(id);
        return units.countByLevel(id);
    }

    /** Per group, the quota against the respondents registered. */
    public QuotaReport quotas(long id) {
        Campaign campaign = find(id);
        return QuotaReport.of(campaign, respondents.countByGroup(id), respondents.countByGroupAndUnit(id),
                respondents.countByGroupUnitAndOffice(id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
