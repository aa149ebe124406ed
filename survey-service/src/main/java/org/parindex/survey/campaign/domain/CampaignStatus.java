package org.parindex.survey.campaign.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a campaign is in its year: prepared ({@code DRAFT}), surveying ({@code OPEN}), surveyed ({@code CLOSED}),
 * results published ({@code PUBLISHED}). It only moves forward, one step at a time.
 *
 * <table>
 *   <caption>What may change in each status</caption>
 *   <tr><th></th><th>DRAFT</th><th>OPEN</th><th>CLOSED</th><th>PUBLISHED</th></tr>
 *   <tr><td>name</td><td>yes</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>survey opens</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>survey closes</td><td>yes</td><td>yes (not before today)</td><td>no</td><td>no</td></tr>
 *   <tr><td>self-assessment due</td><td>yes</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>frameworks, units, groups, quotas</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>add or edit respondents</td><td>yes</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>remove respondents, delete the campaign</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>answers online</td><td>no</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>answers on paper (typed in by the secretariat)</td><td>no</td><td>yes</td><td>yes</td><td>no</td></tr>
 * </table>
 */
public enum CampaignStatus {
    DRAFT("Đang chuẩn bị"),
    OPEN("Đang điều tra"),
    CLOSED("Đã kết thúc điều tra"),
    PUBLISHED("Đã công bố");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    /** Vietnamese label, e.g. "Đang điều tra". */
    public String label() {
        return label;
    }

    /** The only status this one may move to, if any. */
    public Optional<CampaignStatus> next() {
        return this == PUBLISHED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Whether the campaign's set-up (frameworks, units, groups, quotas, opening date) may change. */
    public boolean setUpEditable() {
        return this == DRAFT;
    }

    /** Whether respondents may be registered or edited. */
    public boolean respondentsEditable() {
        return this == DRAFT || this == OPEN;
    }

    /**
     * Whether the survey takes answers through {@code channel} now: online while it is OPEN; on paper while it is
     * OPEN or CLOSED (the secretariat may type in late paper questionnaires until the results are published).
     * The one place this rule lives: the questionnaire page, saving a draft, submitting online and paper entry all
     * ask here.
     */
    public boolean takesAnswers(Channel channel) {
        Objects.requireNonNull(channel, "channel == null");
        return this == OPEN || this == CLOSED && channel == Channel.PAPER;
    }

    /** Whether the survey has started (it is no longer a DRAFT). */
    public boolean surveyStarted() {
        return this != DRAFT;
    }

    /** Whether anything may change at all. */
    public boolean frozen() {
        return this == PUBLISHED;
    }

    /** Parses a status code, e.g. {@code "OPEN"}. */
    public static Optional<CampaignStatus> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (CampaignStatus s : values()) {
            if (s.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
