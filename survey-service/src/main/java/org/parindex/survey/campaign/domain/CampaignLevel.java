package org.parindex.survey.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A level of units rated in a campaign (cấp sở, cấp huyện, cấp xã…) and the framework that scores it. Levels are
 * plain codes from the sample plan, never a fixed list.
 */
@Entity
@Table(name = "campaign_level")
public class CampaignLevel {

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

    @Column(name = "framework_code", nullable = false)
    private String framework;

    @Column(name = "sort_order", nullable = false)
    private int ordinal;

    protected CampaignLevel() {
        // for JPA
    }

    CampaignLevel(Campaign campaign, String code, String name, String framework, int ordinal) {
        this.campaign = campaign;
        this.code = Codes.require(code, "levels.code");
        this.name = Campaign.requireText(name, "levels.name", 200);
        this.framework = Codes.require(framework, "levels.framework");
        this.ordinal = ordinal;
    }

    /** Replaces the framework that scores this level (only while the campaign is a draft). */
    public void useFramework(String frameworkCode) {
        campaign.requireSetUpEditable("đổi bộ chỉ số của một cấp");
        this.framework = Codes.require(frameworkCode, "framework");
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Code of the framework, e.g. {@code HD-3396-SO}. */
    public String framework() {
        return framework;
    }
}
