package org.parindex.survey.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.parindex.survey.platform.Role;

/**
 * One account's part in one campaign: the PAR officer of a unit ({@link Role#OFFICER}, {@code unitCode}) or an
 * appraiser ({@link Role#APPRAISER}) of a level ({@code levelCode}), of the whole framework or of one area of it
 * ({@code areaCode}).
 */
@Entity(name = "CampaignMember")
@Table(name = "campaign_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(nullable = false, updatable = false, length = 50)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private Role role;

    @Column(name = "unit_code", length = 50)
    private String unitCode;

    @Column(name = "level_code", length = 50)
    private String levelCode;

    @Column(name = "area_code", length = 50)
    private String areaCode;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Member() {
        // for JPA
    }

    private Member(long campaignId, String username, Role role, String unitCode, String levelCode, String areaCode,
                   String email, LocalDateTime now) {
        this.campaignId = campaignId;
        this.username = Objects.requireNonNull(username, "username == null");
        this.role = role;
        this.unitCode = unitCode;
        this.levelCode = levelCode;
        this.areaCode = areaCode;
        this.email = Objects.requireNonNull(email, "email == null");
        this.createdAt = now;
    }

    /** The PAR officer of {@code unitCode}. */
    public static Member officer(long campaignId, String username, String unitCode, String email, LocalDateTime now) {
        return new Member(campaignId, username, Role.OFFICER, Objects.requireNonNull(unitCode, "unitCode == null"),
                null, null, email, now);
    }

    /** An appraiser of level {@code levelCode}, of one area of its framework when {@code areaCode} is given. */
    public static Member appraiser(long campaignId, String username, String levelCode, String areaCode, String email,
                                   LocalDateTime now) {
        return new Member(campaignId, username, Role.APPRAISER,
                null, Objects.requireNonNull(levelCode, "levelCode == null"), areaCode, email, now);
    }

    /** Whether this member holds the same part as {@code other} (role, unit, level, area, e-mail). */
    public boolean sameAs(Member other) {
        return role == other.role && Objects.equals(unitCode, other.unitCode)
                && Objects.equals(levelCode, other.levelCode) && Objects.equals(areaCode, other.areaCode)
                && email.equals(other.email);
    }

    /** Takes the part of {@code other} (a re-import changed it). */
    public void takePartOf(Member other) {
        this.role = other.role;
        this.unitCode = other.unitCode;
        this.levelCode = other.levelCode;
        this.areaCode = other.areaCode;
        this.email = other.email;
    }

    /** Whether this member is the officer of {@code unit}. */
    public boolean isOfficerOf(String unit) {
        return role == Role.OFFICER && unitCode.equals(unit);
    }

    /** Whether this member appraises units of {@code level}. */
    public boolean appraises(String level) {
        return role == Role.APPRAISER && levelCode.equals(level);
    }

    /** Whether this member appraises the leaves of {@code area} (any area when assigned to the whole framework). */
    public boolean appraisesArea(String area) {
        return role == Role.APPRAISER && (areaCode == null || areaCode.equals(area));
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Optional<String> unitCode() {
        return Optional.ofNullable(unitCode);
    }

    public Optional<String> levelCode() {
        return Optional.ofNullable(levelCode);
    }

    public Optional<String> areaCode() {
        return Optional.ofNullable(areaCode);
    }

    public String email() {
        return email;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
