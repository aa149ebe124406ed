package org.parindex.survey.results.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published version of a campaign's results (công bố kết quả): when, by whom, in which campaign status, how
 * many respondents, submissions and answers it was computed from, and per level the framework (code, version,
 * its exact text) and the frozen inputs and results. Immutable: nothing is ever updated; a new computation is a
 * new version.
 */
@Entity
@Table(name = "result_publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private LocalDateTime publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    private String publishedBy;

    @Column(name = "campaign_status", nullable = false, updatable = false, length = 20)
    private String campaignStatus;

    @Column(nullable = false, updatable = false)
    private long respondents;

    @Column(nullable = false, updatable = false)
    private long submissions;

    @Column(nullable = false, updatable = false)
    private long answers;

    @Column(updatable = false, length = 1000)
    private String note;

    @OneToMany(mappedBy = "publication", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    private List<PublishedLevel> levels = new ArrayList<>();

    protected Publication() {
        // for JPA
    }

    /**
     * A new version.
     *
     * @param campaignId     the campaign
     * @param number         the version number, from 1
     * @param publishedAt    when
     * @param publishedBy    who
     * @param campaignStatus the campaign's status then
     * @param counts         respondents, submissions and answers then
     * @param note           a note of the publisher, or null
     */
    public Publication(long campaignId, int number, LocalDateTime publishedAt, String publishedBy,
                       String campaignStatus, Counts counts, String note) {
        if (number < 1) {
            throw new IllegalArgumentException("version number must be at least 1: " + number);
        }
        this.campaignId = campaignId;
        this.number = number;
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt == null");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy == null");
        this.campaignStatus = Objects.requireNonNull(campaignStatus, "campaignStatus == null");
        this.respondents = counts.respondents();
        this.submissions = counts.submissions();
        this.answers = counts.answers();
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** What the results were computed from: respondents registered, questionnaires submitted, answers stored. */
    public record Counts(long respondents, long submissions, long answers) {
    }

    /** Adds the frozen inputs and results of one level. */
    public PublishedLevel addLevel(LevelInputs inputs, String frameworkJson, String resultsCsv) {
        PublishedLevel level = new PublishedLevel(this, inputs, frameworkJson, resultsCsv, levels.size());
        levels.add(level);
        return level;
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    /** The version number, from 1. */
    public int number() {
        return number;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String campaignStatus() {
        return campaignStatus;
    }

    public Counts counts() {
        return new Counts(respondents, submissions, answers);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The levels, in the campaign's order. */
    public List<PublishedLevel> levels() {
        return List.copyOf(levels);
    }

    public Optional<PublishedLevel> level(String code) {
        return levels.stream().filter(l -> l.levelCode().equals(code)).findFirst();
    }
}
