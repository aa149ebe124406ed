package org.parindex.survey.questionnaire.application;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a respondent's link ({@code /q/<token>}) opens. The invitations capability issues, hashes, revokes and
 * throttles the tokens; the questionnaire only asks whose questionnaire a token opens, and tells how far the
 * respondent has come.
 */
public interface RespondentLinks {

    /**
     * Whose questionnaire {@code token} opens, or why it opens none, and records that it was opened. May refuse a
     * client that tried too many wrong tokens (a problem with status 429).
     *
     * @param client the address of the client, for throttling
     */
    Resolution open(String token, String client);

    /** Like {@link #open}, without recording anything: for saving and submitting. */
    Resolution resolve(String token, String client);

    /** The respondent saved answers to their draft. */
    void answering(long respondentId, LocalDateTime at);

    /** The respondent's questionnaire was submitted (online or on paper). */
    void submitted(long respondentId, LocalDateTime at);

    /** What became of a link. */
    enum Outcome {
        /** The token opens a respondent's questionnaire. */
        VALID,
        /** No such token, or not even the shape of one. */
        UNKNOWN,
        /** The token was revoked (replaced by a new link, or the invitation withdrawn). */
        REVOKED,
        /** The token has expired. */
        EXPIRED
    }

    /**
     * The answer for one token.
     *
     * @param outcome      what the token is
     * @param campaignId   the campaign of the respondent, for {@code VALID}, {@code REVOKED} and {@code EXPIRED}
     * @param respondentId the respondent, for {@code VALID} only
     * @param since        when it was revoked or expired, if known
     */
    record Resolution(Outcome outcome, Long campaignId, Long respondentId, LocalDateTime since) {

        public Resolution {
            Objects.requireNonNull(outcome, "outcome == null");
            if (outcome == Outcome.VALID && (campaignId == null || respondentId == null)) {
                throw new IllegalArgumentException("a valid link needs campaign and respondent");
            }
        }

        public static Resolution valid(long campaignId, long respondentId) {
            return new Resolution(Outcome.VALID, campaignId, respondentId, null);
        }

        public static Resolution unknown() {
            return new Resolution(Outcome.UNKNOWN, null, null, null);
        }

        public static Resolution revoked(Long campaignId, LocalDateTime since) {
            return new Resolution(Outcome.REVOKED, campaignId, null, since);
        }

        public static Resolution expired(Long campaignId, LocalDateTime since) {
            return new Resolution(Outcome.EXPIRED, campaignId, null, since);
        }
    }
}
