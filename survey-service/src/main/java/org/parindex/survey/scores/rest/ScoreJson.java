package org.parindex.survey.scores.rest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.parindex.scoring.Assessment;
import org.parindex.survey.scores.domain.ScoreEntry;

/** JSON bodies of the scores resource. Points travel as decimal strings, so that they stay exact. */
public final class ScoreJson {

    private ScoreJson() {
    }

    /**
     * One stored row.
     *
     * @param unit            unit code
     * @param item            leaf code
     * @param selfScore       self-assessed points, or null
     * @param selfFigure      self-assessed raw figure, or null
     * @param appraisedScore  appraised points, or null
     * @param appraisedFigure appraised raw figure, or null
     * @param notApplicable   whether the leaf does not apply to the unit
     * @param evidence        evidence documents, or null
     * @param explanation     written explanation, or null
     * @param updatedAt       when it last changed
     * @param updatedBy       who changed it last
     */
    public record ScoreView(String unit, String item, String selfScore, String selfFigure, String appraisedScore,
                     String appraisedFigure, boolean notApplicable, String evidence, String explanation,
                     LocalDateTime updatedAt, String updatedBy) {

        static ScoreView of(ScoreEntry e) {
            Assessment a = e.value();
            return new ScoreView(a.unit(), a.item(), plain(a.selfScore()), a.selfFigure(), plain(a.appraisedScore()),
                    a.appraisedFigure(), a.notApplicable(), a.evidence(), a.explanation(), e.updatedAt(),
                    e.updatedBy());
        }
    }

    /** Body of {@code PUT …/scores/{unit}/{item}}: the whole row (fields left out are cleared). */
    public record ScoreChange(String selfScore, String selfFigure, String appraisedScore, String appraisedFigure,
                       Boolean notApplicable, String evidence, String explanation) {
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
