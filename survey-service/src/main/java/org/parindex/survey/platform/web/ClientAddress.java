package org.parindex.survey.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is asking, for the throttles (wrong links and codes, failed logins): the peer's address, or behind a trusted
 * proxy ({@code survey.invitation.lookup.trust-forwarded-for=true}, default false) the last {@code X-Forwarded-For}
 * hop, which that proxy added. Untrusted, the header is never used (anyone can send it); but a request that carries
 * one shows the service is behind a proxy, where every respondent has the proxy's address and shares one throttle:
 * the first such request logs a loud warning saying what to set. Shared by the link check, the questionnaire and
 * the login, so it lives here rather than in any of them.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private boolean trustForwardedFor;

    ClientAddress() {
        // for the CDI proxy
    }

    @Inject
    public ClientAddress(@ConfigProperty(name = "survey.invitation.lookup.trust-forwarded-for", defaultValue = "false")
                         boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    /** The address of the client of {@code request}. */
    public String of(HttpServletRequest request) {
        return of(request, trustForwardedFor);
    }

    static String of(HttpServletRequest request, boolean trustForwardedFor) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        if (!trustForwardedFor) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warning(() -> "Requests arrive with X-Forwarded-For (from " + request.getRemoteAddr() + "), but"
                        + " it is not trusted: all clients behind that proxy share ONE throttle of wrong links and"
                        + " failed logins, so one guesser blocks everyone. If the proxy sets X-Forwarded-For itself"
                        + " (and clients cannot reach the service directly), set"
                        + " SURVEY_INVITATION_LOOKUP_TRUST_FORWARDED_FOR=true. See deploy/README.md.");
            }
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return !last.isEmpty() && last.length() <= 64 ? last : request.getRemoteAddr();
    }
}
