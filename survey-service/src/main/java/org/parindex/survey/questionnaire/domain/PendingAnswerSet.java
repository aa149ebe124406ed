package org.parindex.survey.questionnaire.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answers of one submitted questionnaire on their way to {@link SurveyAnswer}: a submission stores them as one
 * pending set (campaign, group, the cells as text), and the mixer later moves whole sets into the anonymous answers
 * in shuffled batches, in a transaction of its own. Encoded as one line per answer, fields separated by a tab,
 * split in parts of at most {@link #PART_LENGTH} characters at line ends.
 *
 * @param campaignId the campaign
 * @param group      the respondents' group code, common to every answer of the set
 * @param answers    the answers, all of {@code campaignId} and {@code group}
 */
public record PendingAnswerSet(long campaignId, String group, List<SurveyAnswer> answers) {

    /** The longest part, in characters (the column's size). */
    public static final int PART_LENGTH = 16_000;
    private static final char FIELD = '\t';
    private static final char LINE = '\n';

    public PendingAnswerSet {
        Objects.requireNonNull(group, "group == null");
        answers = List.copyOf(answers);
        for (SurveyAnswer a : answers) {
            if (a.campaignId() != campaignId || !a.group().equals(group)) {
                throw new IllegalArgumentException("answer of another campaign or group in the set of " + group);
            }
        }
    }

    /** The cells as text parts, each at most {@link #PART_LENGTH} characters. */
    public List<String> encode() {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (SurveyAnswer a : answers) {
            String line = field(a.questionnaire()) + FIELD + field(a.question()) + FIELD + field(a.criterion())
                    + FIELD + field(a.unit()) + FIELD + field(a.option()) + LINE;
            if (line.length() > PART_LENGTH) {
                throw new IllegalArgumentException("answer longer than a part: " + line.length() + " characters");
            }
            if (part.length() + line.length() > PART_LENGTH) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(line);
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** The set whose parts {@link #encode()} wrote, in part order. */
    public static PendingAnswerSet decode(long campaignId, String group, List<String> parts) {
        List<SurveyAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            int start = 0;
            while (start < part.length()) {
                int end = part.indexOf(LINE, start);
                if (end < 0) {
                    throw new IllegalArgumentException("pending answer part without a final line end");
                }
                String[] f = part.substring(start, end).split(String.valueOf(FIELD), -1);
                if (f.length != 5) {
                    throw new IllegalArgumentException("pending answer line with " + f.length + " fields, not 5");
                }
                answers.add(SurveyAnswer.of(campaignId, group, f[0], f[1], f[2], f[3], f[4]));
                start = end + 1;
            }
        }
        return new PendingAnswerSet(campaignId, group, answers);
    }

    private static String field(String code) {
        if (code.indexOf(FIELD) >= 0 || code.indexOf(LINE) >= 0) {
            throw new IllegalArgumentException("code with a tab or line end: " + code);
        }
        return code;
    }
}
