package org.parindex.survey.questionnaire.rest;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.parindex.survey.campaign.application.SecretariatContact;
import org.parindex.survey.campaign.domain.Contact;

/**
 * The respondent's page: {@code /q/<token>} answers the one HTML page of the questionnaire (the script reads the
 * token from the address and talks to {@code /q/api/<token>}); {@code /q/assets/<file>} answers its style sheet and
 * script. Everything comes from the WAR ({@code src/main/webapp/q}): no CDN, no outside font. The assets are read
 * once, named with a hash of their content in the page (so browsers may keep them for a year) and sent gzipped to
 * browsers that accept it.
 */
@WebServlet(urlPatterns = "/q/*", name = "QuestionnairePage")
public class QuestionnairePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ROOT = "/q/";
    static final String[] ASSETS = {"app.css", "app.js"};
    private static final Pattern TOKEN_PATH = Pattern.compile("/[A-Za-z0-9_-]{1,200}");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private transient Map<String, Content> assets;
    private transient Content page;

    @Inject
    transient SecretariatContact contacts;

    /** A file ready to send: its bytes, gzipped bytes, type and ETag. */
    private record Content(byte[] plain, byte[] gzipped, String type, String etag) {

        static Content of(byte[] bytes, String type) {
            return new Content(bytes, gzip(bytes), type, "\"" + hash(bytes).substring(0, 16) + "\"");
        }
    }

    @Override
    public void init() throws ServletException {
        ServletContext context = getServletContext();
        Map<String, Content> loaded = new LinkedHashMap<>();
        String html = new String(read(context, ROOT + "index.html"), StandardCharsets.UTF_8);
        for (String name : ASSETS) {
            String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
            Content c = Content.of(read(context, ROOT + "assets/" + name), type);
            loaded.put(name, c);
            html = html.replace("assets/" + name + "\"", "assets/" + name + "?v=" + c.etag().replace("\"", "") + "\"");
        }
        html = html.replace("<!--contact-->", contactHtml(contacts.fallback().orElse(null)));
        assets = Map.copyOf(loaded);
        page = Content.of(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null) {
            response.sendRedirect(request.getContextPath() + ROOT); // "/q" -> "/q/": relative addresses need it
            return;
        }
        String path = request.getPathInfo();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path.startsWith("/assets/")) {
            Content asset = assets.get(path.substring("/assets/".length()));
            if (asset == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            boolean versioned = request.getParameter("v") != null;
            send(request, response, asset, versioned ? "public, max-age=31536000, immutable" : "no-cache");
            return;
        }
        if (path.equals("/") || TOKEN_PATH.matcher(path).matches()) {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setHeader("X-Frame-Options", "DENY");
            send(request, response, page, "no-cache");
            return;
        }
        if (path.endsWith("/") && TOKEN_PATH.matcher(path.substring(0, path.length() - 1)).matches()) {
            // "/q/<token>/": the page's relative addresses need the token as the last segment
            response.sendRedirect(request.getContextPath() + "/q" + path.substring(0, path.length() - 1));
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * The installation's contact in the footer, so that pages which know no campaign (a wrong link, the short-code
     * box) still say whom to call; the script puts the campaign's own contact in its place.
     */
    static String contactHtml(Contact c) {
        if (c == null) {
            return "Tổ thư ký cuộc khảo sát";
        }
        StringBuilder out = new StringBuilder(escape(c.name()));
        if (c.phone() != null) {
            out.append(" · điện thoại <a href=\"tel:").append(escape(c.phone().replaceAll("[^0-9+]", ""))).append("\">")
                    .append(escape(c.phone())).append("</a>");
        }
        if (c.email() != null) {
            out.append(" · e-mail <a href=\"mailto:").append(escape(c.email())).append("\">")
                    .append(escape(c.email())).append("</a>");
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Content content,
                             String cacheControl) throws IOException {
        String accept = request.getHeader("Accept-Encoding");
        boolean gzip = accept != null && accept.contains("gzip");
        // each encoding is its own representation, with its own entity tag
        String etag = gzip ? content.etag().substring(0, content.etag().length() - 1) + "-gz\"" : content.etag();
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", etag);
        response.setHeader("Vary", "Accept-Encoding");
        response.setContentType(content.type());
        String match = request.getHeader("If-None-Match");
        if (match != null && match.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = content.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
            body = content.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] read(ServletContext context, String path) throws ServletException {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                throw new ServletException("missing from the WAR: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ServletException("cannot read " + path, e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
