package org.parindex.survey.questionnaire.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parindex.survey.platform.TextParts;

/**
 * The answers of one submitted questionnaire on their way to {@link SurveyAnswer}: a submission stores them as one
 * pending set (campaign, group, the cells as text), and the mixer later moves whole sets into the anonymous answers
 * in shuffled batches, in a transaction of its own. Encoded by {@link TextParts}: one line per answer, fields
 * separated by a tab, split in parts of at most {@link TextParts#PART_LENGTH} characters at line ends.
 *
 * @param campaignId the campaign
 * @param group      the respondents' group code, common to every answer of the set
 * @param answers    the answers, all of {@code campaignId} and {@code group}
 */
public record PendingAnswerSet(long campaignId, String group, List<SurveyAnswer> answers) {

    private static final int FIELDS = 5;

    public PendingAnswerSet {
        Objects.requireNonNull(group, "group == null");
        answers = List.copyOf(answers);
        for (SurveyAnswer a : answers) {
            if (a.campaignId() != campaignId || !a.group().equals(group)) {
                throw new IllegalArgumentException("answer of another campaign or group in the set of " + group);
            }
        }
    }

    /** The cells as text parts, each at most {@link TextParts#PART_LENGTH} characters ({@link TextParts}). */
    public List<String> encode() {
        return TextParts.encode(answers.stream()
                .map(a -> List.of(a.questionnaire(), a.question(), a.criterion(), a.unit(), a.option())).toList());
    }

    /** The set whose parts {@link #encode()} wrote, in part order. */
    public static PendingAnswerSet decode(long campaignId, String group, List<String> parts) {
        List<SurveyAnswer> answers = new ArrayList<>();
        for (List<String> f : TextParts.decode(parts, FIELDS)) {
            answers.add(SurveyAnswer.of(campaignId, group, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
        }
        return new PendingAnswerSet(campaignId, group, answers);
    }
}
