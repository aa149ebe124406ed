package org.parindex.survey.campaign.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parindex.scoring.Office;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.UnitQuota;
import org.parindex.survey.problem.InvalidInputException;

/**
 * A respondent group of a campaign's sample (nhóm đối tượng điều tra): its quota, the level of its members' home
 * units, the quota per home unit where the plan breaks it down, and one questionnaire form per rated level, each
 * with whom a member rates ({@link RaterScope}).
 */
@Entity
@Table(name = "sample_group")
public class SampleGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private int quota;

    @Column(name = "home_level")
    private String homeLevel;

    @Column(name = "sort_order", nullable = false)
    private int ordinal;

    @ElementCollection
    @CollectionTable(name = "group_form", joinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("ratedLevel")
    private List<GroupForm> forms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_unit_quota", joinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("unitCode")
    private List<HomeUnitQuota> unitQuotas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_office", joinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("code")
    private List<GroupOffice> offices = new ArrayList<>();

    protected SampleGroup() {
        // for JPA
    }

    SampleGroup(Campaign campaign, String code, String name, String nameEn, int quota, String homeLevel,
                int ordinal) {
        this.campaign = campaign;
        this.code = Codes.require(code, "groups.code");
        this.name = Campaign.requireText(name, "groups.name", 300);
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.quota = requireQuota(quota);
        this.homeLevel = homeLevel == null || homeLevel.isBlank() ? null : Codes.require(homeLevel, "homeLevel");
        this.ordinal = ordinal;
    }

    /** Adds the form this group fills in about {@code ratedLevel}, which must be a level of the campaign. */
    public void addForm(String questionnaire, String ratedLevel, RaterScope scope) {
        campaign.requireSetUpEditable("thêm phiếu cho nhóm");
        if (campaign.level(ratedLevel).isEmpty()) {
            throw InvalidInputException.of("forms.ratedLevel", "nhóm " + code + ": cấp " + ratedLevel
                    + " không phải cấp được đánh giá của đợt này");
        }
        if (formFor(ratedLevel).isPresent()) {
            throw InvalidInputException.of("forms.ratedLevel", "nhóm " + code + " đã có phiếu về cấp " + ratedLevel);
        }
        if (scope == null) {
            throw InvalidInputException.of("forms.scope", "nhóm " + code + ": thiếu phạm vi đánh giá");
        }
        if (scope.needsHomeUnit() && homeLevel == null) {
            throw InvalidInputException.of("forms.scope", "nhóm " + code + ": phạm vi " + scope
                    + " cần nhóm có cấp đơn vị công tác (homeLevel)");
        }
        forms.add(new GroupForm(Codes.require(questionnaire, "forms.questionnaire"), ratedLevel, scope));
    }

    /** Sets how many members come from {@code unitCode}. */
    public void setUnitQuota(String unitCode, int unitQuota) {
        campaign.requireSetUpEditable("đổi chỉ tiêu theo đơn vị");
        if (homeLevel == null) {
            throw InvalidInputException.of("unitQuotas", "nhóm " + code + " không có cấp đơn vị công tác");
        }
        if (unitQuota < 0) {
            throw InvalidInputException.of("unitQuotas.quota", "chỉ tiêu không được âm: " + unitQuota);
        }
        String unit = Codes.require(unitCode, "unitQuotas.unit");
        unitQuotas.removeIf(q -> q.unitCode().equals(unit));
        unitQuotas.add(new HomeUnitQuota(unit, unitQuota));
    }

    /**
     * Adds an office of the group's office table: a head of office {@code officeCode} rates {@code counterparts} on
     * a form with scope {@link RaterScope#OFFICE_COUNTERPARTS}; {@code units} are the home units that have it
     * (empty = all).
     */
    public void addOffice(String officeCode, String officeName, List<String> counterparts, List<String> units) {
        campaign.requireSetUpEditable("thêm phòng cho nhóm");
        if (homeLevel == null) {
            throw InvalidInputException.of("offices", "nhóm " + code + " không có cấp đơn vị công tác");
        }
        String office = Codes.require(officeCode, "offices.code");
        if (office(office).isPresent()) {
            throw InvalidInputException.of("offices.code", "nhóm " + code + " đã có phòng " + office);
        }
        if (counterparts == null || counterparts.isEmpty()) {
            throw InvalidInputException.of("offices.counterparts", "phòng " + office + ": thiếu đơn vị được đánh giá");
        }
        offices.add(new GroupOffice(office, Campaign.requireText(officeName, "offices.name", 300),
                counterparts.stream().map(c -> Codes.require(c, "offices.counterparts")).toList(),
                units == null ? List.of() : units.stream().map(u -> Codes.require(u, "offices.units")).toList()));
    }

    /** The group's office table, empty when members are not registered by office. */
    public List<GroupOffice> offices() {
        return List.copyOf(offices);
    }

    /**
     * This group as the scoring library models it (forms, unit quotas, office table), which knows the units each
     * form gives a member ({@link org.parindex.scoring.SampleGroup#ratedUnits}).
     */
    public org.parindex.scoring.SampleGroup asPlanGroup() {
        return new org.parindex.scoring.SampleGroup(code, name, nameEn, quota, homeLevel,
                unitQuotas.stream().map(q -> new UnitQuota(q.unitCode(), q.quota())).toList(),
                forms.stream().map(f -> new SurveyForm(f.questionnaire(), f.ratedLevel(), f.scope())).toList(),
                offices.stream().map(o -> new Office(o.code(), o.name(), o.counterparts(), o.units())).toList());
    }

    /** The office with this code in the group's table, if any. */
    public Optional<GroupOffice> office(String officeCode) {
        return offices.stream().filter(o -> o.code().equals(officeCode)).findFirst();
    }

    /** Changes the group's name and quota (only while the campaign is a draft). */
    public void revise(String newName, int newQuota) {
        campaign.requireSetUpEditable("đổi tên hoặc chỉ tiêu của nhóm");
        this.name = Campaign.requireText(newName, "name", 300);
        this.quota = requireQuota(newQuota);
    }

    private static int requireQuota(int quota) {
        if (quota < 1 || quota > 100_000) {
            throw InvalidInputException.of("quota", "chỉ tiêu phải từ 1 đến 100000: " + quota);
        }
        return quota;
    }

    public Long id() {
        return id;
    }

    public Campaign campaign() {
        return campaign;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> nameEn() {
        return Optional.ofNullable(nameEn);
    }

    public int quota() {
        return quota;
    }

    /** The level of members' home units (e.g. {@code COMMUNE}), if they have one among the province's units. */
    public Optional<String> homeLevel() {
        return Optional.ofNullable(homeLevel);
    }

    public List<GroupForm> forms() {
        return List.copyOf(forms);
    }

    public Optional<GroupForm> formFor(String ratedLevel) {
        return forms.stream().filter(f -> f.ratedLevel().equals(ratedLevel)).findFirst();
    }

    /** Quotas per home unit, empty when the plan does not break the group down. */
    public List<HomeUnitQuota> unitQuotas() {
        return List.copyOf(unitQuotas);
    }
}
