package org.parindex.survey.invitation.domain;

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
import java.util.List;
import org.parindex.survey.problem.InvalidInputException;

/**
 * A template the secretariat wrote for a campaign, for one group or (group {@value #ALL_GROUPS}) for every group
 * without one of its own. The mail a respondent gets uses the first of: their group's, the campaign's, the
 * {@linkplain DefaultTemplates default}.
 */
@Entity
@Table(name = "mail_template")
public class CustomTemplate {

    /** The group code standing for every group. */
    public static final String ALL_GROUPS = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_html", nullable = false)
    private String html;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected CustomTemplate() {
        // for JPA
    }

    public CustomTemplate(long campaignId, String groupCode, MailKind kind, MailTemplate template,
                          LocalDateTime now) {
        this.campaignId = campaignId;
        this.groupCode = groupCode;
        this.kind = kind;
        replace(template, now);
    }

    /** Takes the texts of {@code template}; 422 naming each field at fault. */
    public void replace(MailTemplate template, LocalDateTime now) {
        List<org.parindex.survey.problem.FieldError> problems = template.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Mẫu thư không hợp lệ: " + problems.get(0).field() + " — "
                    + problems.get(0).message() + ".", problems);
        }
        this.subject = template.subject();
        this.html = template.html();
        this.text = template.text();
        this.updatedAt = now;
    }

    public MailTemplate template() {
        return new MailTemplate(subject, html, text);
    }

    public long campaignId() {
        return campaignId;
    }

    public String groupCode() {
        return groupCode;
    }

    public MailKind kind() {
        return kind;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
