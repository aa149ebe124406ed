package org.parindex.survey.questionnaire.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.parindex.survey.campaign.domain.Channel;

/**
 * That a respondent has answered, when and how: all the service keeps of a submitted questionnaire on the
 * respondent's side. What they answered is in {@link SurveyAnswer}, with no link back here. One per respondent: a
 * questionnaire is submitted once.
 */
@Entity
@Table(name = "questionnaire_submission")
public class Submission {

    @Id
    @Column(name = "respondent_id")
    private long respondentId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    protected Submission() {
        // for JPA
    }

    public Submission(long campaignId, long respondentId, LocalDateTime submittedAt, Channel channel) {
        this.campaignId = campaignId;
        this.respondentId = respondentId;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt == null");
        this.channel = Objects.requireNonNull(channel, "channel == null");
    }

    public long respondentId() {
        return respondentId;
    }

    public long campaignId() {
        return campaignId;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public Channel channel() {
        return channel;
    }
}
