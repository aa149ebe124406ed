package org.parindex.survey.security.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.parindex.survey.platform.web.ProblemResponses;

/**
 * Whether a login or logout form was posted from this site: the {@code Origin} header (else the {@code Referer})
 * must name the host the request was sent to ({@code Host}) or the public base URL's host. A request with neither
 * header (a script, curl) is let through: a browser always sends {@code Origin} with a cross-site POST.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean allows(HttpServletRequest request, URI publicBaseUrl) {
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || claimed.isBlank()) {
            return true;
        }
        String host = hostPort(claimed.strip());
        if (host == null) {
            return false;
        }
        String requestHost = request.getHeader("Host");
        return (requestHost != null && host.equals(requestHost.strip().toLowerCase(Locale.ROOT)))
                || host.equals(hostPort(publicBaseUrl.toString()));
    }

    /** {@code host[:port]} of an absolute http(s) URL, lower case; null when it is not one (e.g. "null"). */
    static String hostPort(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null || u.getScheme() == null
                    || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return u.getPort() < 0 ? host : host + ":" + u.getPort();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            ProblemResponses.write(request, response, 403, "forbidden", "Không được phép (Forbidden)",
                    "Yêu cầu đăng nhập hoặc đăng xuất đến từ một trang khác (Origin/Referer lạ): bị từ chối.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
