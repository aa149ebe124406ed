package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents;

/**
 * Checks a respondent's answers against their sheet, the same way whether they come from the online page or from
 * a paper questionnaire the secretariat types in: every answer names a form of the respondent's group, one of its
 * questions, a unit the respondent rates on it and one of the question's options; a complete set answers every
 * cell.
 */
@ApplicationScoped
@Transactional
public class AnswerValidation {

    private Respondents respondents;
    private AnswerSheets sheets;

    AnswerValidation() {
        // for the CDI proxy
    }

    @Inject
    public AnswerValidation(Respondents respondents, AnswerSheets sheets) {
        this.respondents = respondents;
        this.sheets = sheets;
    }

    /**
     * What a respondent's answers still lack.
     *
     * @param total    cells on the sheet
     * @param answered cells answered
     * @param missing  cells not answered, in sheet order
     */
    public record AnswerCheck(int total, int answered, List<AnswerCell> missing) {

        public AnswerCheck {
            missing = List.copyOf(missing);
        }

        /** Whether every cell is answered. */
        public boolean complete() {
            return total > 0 && missing.isEmpty();
        }
    }

    /** The sheet of respondent {@code respondentId} of campaign {@code campaignId}; 404 when there is none. */
    public AnswerSheet sheetOf(long campaignId, long respondentId) {
        return sheets.of(respondent(campaignId, respondentId));
    }

    /**
     * Checks answers that may be incomplete.
     *
     * @throws org.parindex.survey.problem.InvalidInputException (422) naming each wrong answer
     */
    public AnswerCheck check(long campaignId, long respondentId, List<Answer> answers) {
        AnswerSheet sheet = sheetOf(campaignId, respondentId);
        return check(sheet, sheet.accept(answers, false));
    }

    /** What {@code accepted} answers of {@code sheet} still lack. */
    public static AnswerCheck check(AnswerSheet sheet, Map<AnswerCell, String> accepted) {
        List<AnswerCell> missing = sheet.missing(accepted);
        return new AnswerCheck(sheet.size(), sheet.size() - missing.size(), missing);
    }

    /**
     * Respondent {@code respondentId} of campaign {@code campaignId} with its row locked to the end of the
     * transaction (see {@link Respondents#lock}); 404 when there is none.
     */
    public Respondent lockedRespondent(long campaignId, long respondentId) {
        return respondents.lock(campaignId, respondentId)
                .orElseThrow(() -> new NotFoundException("người được điều tra", respondentId));
    }

    /** Respondent {@code respondentId} of campaign {@code campaignId}; 404 when there is none. */
    public Respondent respondent(long campaignId, long respondentId) {
        return respondents.find(campaignId, respondentId)
                .orElseThrow(() -> new NotFoundException("người được điều tra", respondentId));
    }
}
