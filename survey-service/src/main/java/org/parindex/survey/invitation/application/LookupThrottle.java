package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.parindex.survey.platform.throttle.FailureLog;
import org.parindex.survey.platform.throttle.Throttle;

/**
 * Holds off guessing: each client (by address) may look up at most {@code survey.invitation.lookup.max-failures}
 * unknown tokens or codes per {@code survey.invitation.lookup.window}; after that every lookup of that client gets
 * 429 until the oldest failure leaves the window. Successful lookups cost one read and write nothing, so a meeting
 * room behind one address scanning its cards is not slowed. The failures are counted by the one {@link Throttle} in
 * the shared database, so the limit holds across a cluster; lookups already past the check when the limit is
 * reached still count, so a burst of concurrent wrong lookups may overshoot by the number in flight (hopeless
 * against 192-bit tokens and 50-bit codes all the same).
 */
@ApplicationScoped
public class LookupThrottle {

    private InvitationConfig config;
    private Throttle throttle;

    LookupThrottle() {
        // for the CDI proxy
    }

    @Inject
    public LookupThrottle(InvitationConfig config, FailureLog failures, Clock clock) {
        this.config = config;
        this.throttle = new Throttle(failures, clock);
    }

    /** Throws 429 when {@code client} has used up its failures. */
    public void check(String client) {
        throttle.refusal(limit(client)).ifPresent(wait -> {
            throw new TooManyAttemptsException(Math.max(1, wait.toSeconds() + 1));
        });
    }

    /** Counts one unknown token or code against {@code client}. */
    public void failed(String client) {
        throttle.failed(limit(client));
    }

    private List<Throttle.Limit> limit(String client) {
        return List.of(new Throttle.Limit("link", client, config.lookupMaxFailures(), config.lookupWindow()));
    }
}
