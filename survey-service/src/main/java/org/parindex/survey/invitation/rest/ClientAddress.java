package org.parindex.survey.invitation.rest;

import jakarta.servlet.http.HttpServletRequest;

/** Who is asking, for the throttle: the peer's address, or behind a trusted proxy the last X-Forwarded-For hop. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
