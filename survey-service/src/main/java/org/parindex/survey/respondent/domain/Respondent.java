package org.parindex.survey.respondent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.campaign.domain.GroupOffice;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.unit.domain.Unit;

/**
 * A person in a campaign's sample (người được điều tra): who they are, how to reach them, their group and home
 * unit. A respondent is one person per campaign ({@link RespondentDraft#personKey()}).
 *
 * <p>Anonymity: this table holds who is asked, never what they answered. Answers (issue 6) are stored apart,
 * with group and rated unit only.
 */
@Entity
@Table(name = "respondent")
public class Respondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private SampleGroup group;

    @ManyToOne
    @JoinColumn(name = "home_unit_id")
    private Unit homeUnit;

    @Column(name = "person_key", nullable = false)
    private String personKey;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "job_title")
    private String jobTitle;

    private String organisation;

    private String email;

    private String phone;

    @Column(name = "office_code")
    private String office;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Respondent() {
        // for JPA
    }

    /**
     * A new respondent of {@code group} from a checked draft; see {@link #placementErrors} for the home unit rules.
     */
    public Respondent(RespondentDraft draft, SampleGroup group, Unit homeUnit, LocalDateTime now) {
        this.campaignId = group.campaign().id();
        this.createdAt = now;
        apply(draft, group, homeUnit, now);
    }

    /** Takes every detail of {@code draft}; the person key may change with the e-mail address. */
    public void apply(RespondentDraft draft, SampleGroup newGroup, Unit newHomeUnit, LocalDateTime now) {
        List<FieldError> errors = placementErrors(null, newGroup, newHomeUnit, draft.homeUnit(), draft.office());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.get(0).message());
        }
        this.personKey = draft.personKey();
        this.fullName = draft.fullName();
        this.jobTitle = draft.position();
        this.organisation = draft.organisation();
        this.email = draft.email() == null ? null : draft.email().value();
        this.phone = draft.phone();
        this.group = newGroup;
        this.homeUnit = newHomeUnit;
        this.office = draft.office();
        this.updatedAt = now;
    }

    /** Whether this respondent already has every detail of {@code draft} with this group and home unit. */
    public boolean matches(RespondentDraft draft, SampleGroup g, Unit u) {
        return personKey.equals(draft.personKey()) && fullName.equals(draft.fullName())
                && Objects.equals(jobTitle, draft.position()) && Objects.equals(organisation, draft.organisation())
                && Objects.equals(email, draft.email() == null ? null : draft.email().value())
                && Objects.equals(phone, draft.phone()) && Objects.equals(office, draft.office())
                && group.id().equals(g.id())
                && Objects.equals(homeUnit == null ? null : homeUnit.id(), u == null ? null : u.id());
    }

    /**
     * What is wrong with placing a person in {@code group} with home unit {@code unit} (looked up from
     * {@code unitCode}) and office {@code officeCode}: a group with a home level needs a home unit of that level; a
     * group without one takes no home unit; a group with an office table needs an office of the table that the home
     * unit has; a group without one takes no office.
     */
    public static List<FieldError> placementErrors(Integer row, SampleGroup group, Unit unit, String unitCode,
                                                   String officeCode) {
        Optional<String> level = group.homeLevel();
        if (unitCode != null && unit == null) {
            return List.of(new FieldError("homeUnit", "không có đơn vị mã " + unitCode + " trong đợt đánh giá", row,
                    unitCode));
        }
        if (level.isPresent() && unit == null) {
            return List.of(new FieldError("homeUnit", "nhóm " + group.code() + " cần đơn vị công tác thuộc cấp "
                    + level.get(), row, unitCode));
        }
        if (level.isPresent() && !unit.level().equals(level.get())) {
            return List.of(new FieldError("homeUnit", "đơn vị " + unit.code() + " thuộc cấp " + unit.level()
                    + ", nhóm " + group.code() + " cần cấp " + level.get(), row, unitCode));
        }
        if (level.isEmpty() && unit != null) {
            return List.of(new FieldError("homeUnit", "nhóm " + group.code()
                    + " không gắn với đơn vị nào: để trống đơn vị công tác", row, unitCode));
        }
        return officeErrors(row, group, unit, officeCode);
    }

    private static List<FieldError> officeErrors(Integer row, SampleGroup group, Unit unit, String officeCode) {
        if (group.offices().isEmpty()) {
            return officeCode == null ? List.of() : List.of(new FieldError("office", "nhóm " + group.code()
                    + " không đăng ký theo phòng: để trống mã phòng", row, officeCode));
        }
        List<String> here = group.offices().stream().filter(o -> o.isIn(unit.code())).map(GroupOffice::code)
                .toList();
        if (officeCode == null) {
            return List.of(new FieldError("office", "nhóm " + group.code() + " cần mã phòng của người được điều tra,"
                    + " một trong: " + String.join(", ", here), row, null));
        }
        Optional<GroupOffice> office = group.office(officeCode);
        if (office.isEmpty()) {
            return List.of(new FieldError("office", "nhóm " + group.code() + " không có phòng mã " + officeCode
                    + "; mã phòng của " + unit.code() + ": " + String.join(", ", here), row, officeCode));
        }
        if (!office.get().isIn(unit.code())) {
            return List.of(new FieldError("office", unit.name() + " không có " + office.get().name()
                    + "; mã phòng của " + unit.code() + ": " + String.join(", ", here), row, officeCode));
        }
        return List.of();
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public SampleGroup group() {
        return group;
    }

    public Optional<Unit> homeUnit() {
        return Optional.ofNullable(homeUnit);
    }

    public String personKey() {
        return personKey;
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> position() {
        return Optional.ofNullable(jobTitle);
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** Code of the office the person heads, for groups registered by office. */
    public Optional<String> office() {
        return Optional.ofNullable(office);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
