package org.parindex.survey.campaign.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.platform.Texts;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/**
 * One year's round of the index in one province (đợt đánh giá): the levels rated and the framework of each, the
 * deadlines, the respondent groups of the sample, and a status that only moves forward (see {@link
 * CampaignStatus} for what may change when). Units and respondents belong to a campaign but are aggregates of
 * their own; they ask the campaign whether they may change.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    static final int MAX_NAME = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false)
    private String province;

    @Column(name = "assessed_year", nullable = false)
    private int assessedYear;

    @Column(name = "plan_code")
    private String planCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @Column(name = "survey_opens")
    private LocalDate surveyOpens;

    @Column(name = "survey_closes")
    private LocalDate surveyCloses;

    @Column(name = "self_assessment_due")
    private LocalDate selfAssessmentDue;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "contact_name", length = Contact.MAX_NAME)
    private String contactName;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<CampaignLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<SampleGroup> groups = new ArrayList<>();

    protected Campaign() {
        // for JPA
    }

    private Campaign(String name, String province, int year, String planCode, Deadlines deadlines,
                     LocalDateTime now) {
        this.name = requireName(name);
        this.province = requireText(province, "province", 100);
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "năm đánh giá phải trong khoảng 2000–2100: " + year);
        }
        this.assessedYear = year;
        this.planCode = planCode;
        this.status = CampaignStatus.DRAFT;
        setDeadlines(Objects.requireNonNull(deadlines, "deadlines == null"));
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** A new campaign in {@link CampaignStatus#DRAFT}, with no levels and no groups yet. */
    public static Campaign draft(String name, String province, int year, String planCode, Deadlines deadlines,
                                 LocalDateTime now) {
        return new Campaign(name, province, year, planCode, deadlines, now);
    }

    /** Adds a rated level and the framework that scores it. */
    public CampaignLevel addLevel(String code, String levelName, String framework) {
        requireSetUpEditable("thêm cấp được đánh giá");
        if (level(code).isPresent()) {
            throw InvalidInputException.of("levels", "cấp " + code + " đã có trong đợt đánh giá");
        }
        CampaignLevel level = new CampaignLevel(this, code, levelName, framework, levels.size());
        levels.add(level);
        return level;
    }

    /** Adds a respondent group; its forms must be about levels of this campaign. */
    public SampleGroup addGroup(String code, String groupName, String nameEn, int quota, String homeLevel) {
        requireSetUpEditable("thêm nhóm đối tượng điều tra");
        if (group(code).isPresent()) {
            throw InvalidInputException.of("groups", "nhóm " + code + " đã có trong đợt đánh giá");
        }
        SampleGroup group = new SampleGroup(this, code, groupName, nameEn, quota, homeLevel, groups.size());
        groups.add(group);
        return group;
    }

    /** Renames the campaign; not once published. */
    public void rename(String newName) {
        if (status.frozen()) {
            throw frozen("đổi tên");
        }
        this.name = requireName(newName);
    }

    /**
     * Changes the deadlines as the status allows: everything in a draft; while open, the closing day (not before
     * {@code today}) and the self-assessment day; once closed, the self-assessment day only; nothing once published.
     */
    public void reschedule(Deadlines next, LocalDate today) {
        Objects.requireNonNull(next, "next == null");
        Deadlines now = deadlines();
        if (next.equals(now)) {
            return;
        }
        if (status.frozen()) {
            throw frozen("đổi thời hạn");
        }
        List<FieldError> refused = new ArrayList<>();
        if (status != CampaignStatus.DRAFT && !Objects.equals(next.surveyOpens(), now.surveyOpens())) {
            refused.add(FieldError.of("surveyOpens", "cuộc điều tra đã mở: không đổi được ngày bắt đầu"));
        }
        if (!Objects.equals(next.surveyCloses(), now.surveyCloses())) {
            if (status == CampaignStatus.CLOSED) {
                refused.add(FieldError.of("surveyCloses", "cuộc điều tra đã kết thúc: không đổi được ngày kết thúc"));
            } else if (status == CampaignStatus.OPEN
                    && (next.surveyCloses() == null || next.surveyCloses().isBefore(today))) {
                refused.add(FieldError.of("surveyCloses",
                        "cuộc điều tra đang mở: ngày kết thúc không được trước hôm nay (" + today + ")"));
            }
        }
        if (!refused.isEmpty()) {
            throw new ConflictException("Trạng thái " + status + " (" + status.label()
                    + ") không cho phép thay đổi này.", refused.get(0));
        }
        setDeadlines(next);
    }

    /**
     * Moves the campaign to {@code target}, which must be the next status. Opening needs both survey dates and at
     * least one unit of every rated level ({@code unitsPerLevel}: level code to number of units).
     */
    public void moveTo(CampaignStatus target, Map<String, Long> unitsPerLevel, LocalDateTime now) {
        Objects.requireNonNull(target, "target == null");
        if (status.next().filter(target::equals).isEmpty()) {
            String allowed = status.next().map(CampaignStatus::name).orElse("không còn trạng thái nào");
            throw new ConflictException("Không chuyển được từ " + status + " sang " + target
                    + ": trạng thái tiếp theo chỉ có thể là " + allowed + ".",
                    FieldError.of("status", "chuyển trạng thái không hợp lệ", target.name()));
        }
        if (target == CampaignStatus.OPEN) {
            List<FieldError> missing = new ArrayList<>(deadlines().missingForOpening());
            for (CampaignLevel level : levels) {
                if (unitsPerLevel.getOrDefault(level.code(), 0L) == 0) {
                    missing.add(FieldError.of("units", "chưa có đơn vị nào thuộc cấp " + level.code()));
                }
            }
            if (groups.isEmpty()) {
                missing.add(FieldError.of("groups", "chưa có nhóm đối tượng điều tra nào"));
            }
            if (!missing.isEmpty()) {
                throw new ConflictException("Chưa mở được cuộc điều tra: " + missing.size()
                        + " điều kiện chưa đủ.", missing);
            }
        }
        status = target;
        statusChangedAt = now;
    }

    /** Sets whom respondents contact (any time before publication); {@code null} removes it. */
    public void changeContact(Contact contact) {
        if (status.frozen()) {
            throw frozen("đổi thông tin liên hệ");
        }
        this.contactName = contact == null ? null : contact.name();
        this.contactPhone = contact == null ? null : contact.phone();
        this.contactEmail = contact == null ? null : contact.email();
    }

    /** Whom respondents contact, if the campaign says. */
    public Optional<Contact> contact() {
        return contactName == null ? Optional.empty() : Optional.of(new Contact(contactName, contactPhone,
                contactEmail));
    }

    /** Throws 409 unless frameworks, units, groups and quotas may still change. */
    public void requireSetUpEditable(String action) {
        if (!status.setUpEditable()) {
            throw new ConflictException("Đợt đánh giá đang ở trạng thái " + status + " (" + status.label()
                    + "): chỉ khi DRAFT mới được " + action + ".");
        }
    }

    /** Throws 409 unless respondents may be registered or edited. */
    public void requireRespondentsEditable(String action) {
        if (!status.respondentsEditable()) {
            throw new ConflictException("Đợt đánh giá đang ở trạng thái " + status + " (" + status.label()
                    + "): chỉ khi DRAFT hoặc OPEN mới được " + action + ".");
        }
    }

    private ConflictException frozen(String action) {
        return new ConflictException("Đợt đánh giá đã công bố: không thể " + action + ".");
    }

    private void setDeadlines(Deadlines d) {
        this.surveyOpens = d.surveyOpens();
        this.surveyCloses = d.surveyCloses();
        this.selfAssessmentDue = d.selfAssessmentDue();
    }

    private static String requireName(String name) {
        return requireText(name, "name", MAX_NAME);
    }

    /** {@code value} stripped and in NFC, if it is not blank and not longer than {@code max}; else 422. */
    static String requireText(String value, String field, int max) {
        String v = Texts.nfcOrNull(value);
        if (v == null) {
            throw InvalidInputException.of(field, "bắt buộc, không được để trống");
        }
        if (v.length() > max) {
            throw InvalidInputException.of(field, "dài quá " + max + " ký tự");
        }
        return v;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public int year() {
        return assessedYear;
    }

    /** Code of the sample plan the campaign was made from, if any. */
    public Optional<String> planCode() {
        return Optional.ofNullable(planCode);
    }

    public CampaignStatus status() {
        return status;
    }

    public Deadlines deadlines() {
        return new Deadlines(surveyOpens, surveyCloses, selfAssessmentDue);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime statusChangedAt() {
        return statusChangedAt;
    }

    /** The rated levels, in plan order. */
    public List<CampaignLevel> levels() {
        return List.copyOf(levels);
    }

    public Optional<CampaignLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The respondent groups, in plan order. */
    public List<SampleGroup> groups() {
        return List.copyOf(groups);
    }

    public Optional<SampleGroup> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** Sum of the group quotas. */
    public int quotaTotal() {
        return groups.stream().mapToInt(SampleGroup::quota).sum();
    }
}
