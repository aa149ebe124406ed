package org.parindex.survey.security.rest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a request path, as the client sent it (still percent-encoded), is written the one way the service
 * understands. Anything a container, JAX-RS or a path rule could read in two ways is refused: path parameters
 * ({@code ;x}), empty segments ({@code //}), dot segments ({@code /./}, {@code /../}), backslashes, encoded dots,
 * slashes, backslashes and semicolons, and encoded characters that need no encoding ({@code /%61dmin/} is
 * {@code /admin/} to the servlet container but not to a rule reading the raw path).
 */
public final class CanonicalPath {

    /** Percent-escapes that change how a path is split or of characters that must never be escaped. */
    private static final Pattern NEEDLESS_ESCAPE = Pattern.compile(
            "%(2[dDeEfF]|3[0-9bB]|4[1-9a-fA-F]|5[0-9aA]|5[cCfF]|6[1-9a-fA-F]|7[0-9aAeEfF]|25|[01][0-9a-fA-F])");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    private CanonicalPath() {
    }

    /**
     * Why {@code rawPath} is not canonical, in Vietnamese, or empty when it is.
     *
     * @param rawPath the request URI's path, undecoded (e.g. {@code HttpServletRequest.getRequestURI()})
     */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.of("đường dẫn phải bắt đầu bằng /");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("đường dẫn không được chứa dấu ;");
        }
        if (rawPath.indexOf('\\') >= 0) {
            return Optional.of("đường dẫn không được chứa dấu \\");
        }
        if (rawPath.contains("//")) {
            return Optional.of("đường dẫn không được có đoạn rỗng (//)");
        }
        String withEnd = rawPath + "/";
        if (withEnd.contains("/./") || withEnd.contains("/../")) {
            return Optional.of("đường dẫn không được có đoạn . hoặc ..");
        }
        if (NEEDLESS_ESCAPE.matcher(rawPath).find()) {
            return Optional.of("đường dẫn không được mã hoá %-ký tự như . / \\ ; % hay chữ, số");
        }
        String rest = ESCAPE.matcher(rawPath).replaceAll("");
        if (rest.indexOf('%') >= 0) {
            return Optional.of("đường dẫn có mã %-ký tự sai");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("đường dẫn không được chứa ký tự điều khiển");
            }
        }
        return Optional.empty();
    }
}
