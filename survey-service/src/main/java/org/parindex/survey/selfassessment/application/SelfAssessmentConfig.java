package org.parindex.survey.selfassessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.platform.Durations;

/**
 * Settings of self-assessment and appraisal: the largest evidence document ({@code survey.evidence.max-bytes},
 * default 8 MB, below the API's body limit), documents per leaf ({@code survey.evidence.max-files-per-leaf},
 * default 10), and how long a unit may explain after the appraisal is sent ({@code survey.appraisal.reply-window},
 * ISO-8601, default 7 days).
 */
@ApplicationScoped
public class SelfAssessmentConfig {

    private long maxEvidenceBytes;
    private int maxFilesPerLeaf;
    private Duration replyWindow;

    SelfAssessmentConfig() {
        // for the CDI proxy
    }

    @Inject
    public SelfAssessmentConfig(
            @ConfigProperty(name = "survey.evidence.max-bytes", defaultValue = "8388608") long maxEvidenceBytes,
            @ConfigProperty(name = "survey.evidence.max-files-per-leaf", defaultValue = "10") int maxFilesPerLeaf,
            @ConfigProperty(name = "survey.appraisal.reply-window", defaultValue = "P7D") String replyWindow) {
        if (maxEvidenceBytes <= 0 || maxFilesPerLeaf <= 0) {
            throw new IllegalArgumentException("survey.evidence.max-bytes and max-files-per-leaf must be positive");
        }
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.maxFilesPerLeaf = maxFilesPerLeaf;
        this.replyWindow = Durations.zeroOrMore("survey.appraisal.reply-window", replyWindow);
    }

    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public int maxFilesPerLeaf() {
        return maxFilesPerLeaf;
    }

    public Duration replyWindow() {
        return replyWindow;
    }
}
