package org.parindex.survey.unit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of a campaign's province (đơn vị): a department, a district People's Committee, a commune… with its
 * level (plain data, e.g. {@code DEPARTMENT}) and its parent (a commune's district). Units are rated (their
 * level has a framework in the campaign) or are respondents' home units, or both. Codes are unique within a
 * campaign.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "level_code", nullable = false)
    private String level;

    @Column(name = "parent_code")
    private String parent;

    protected Unit() {
        // for JPA
    }

    /** A unit as checked by {@link UnitDraft}. */
    public Unit(long campaignId, UnitDraft draft) {
        this.campaignId = campaignId;
        this.code = draft.code();
        apply(draft);
    }

    /** Takes the name, level and parent of {@code draft}, which must have this unit's code. */
    public void apply(UnitDraft draft) {
        if (!draft.code().equals(code)) {
            throw new IllegalArgumentException("draft of " + draft.code() + " applied to unit " + code);
        }
        this.name = draft.name();
        this.level = draft.level();
        this.parent = draft.parent();
    }

    /** Whether this unit already has the name, level and parent of {@code draft}. */
    public boolean matches(UnitDraft draft) {
        return code.equals(draft.code()) && name.equals(draft.name()) && level.equals(draft.level())
                && Objects.equals(parent, draft.parent());
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String level() {
        return level;
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }
}
