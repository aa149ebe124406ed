package org.parindex.survey.audit.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;

/**
 * Records every successful change made through the rest of the API ({@code /api/…} outside
 * {@code /api/secretariat}, whose services record their own, more detailed entries): imports of units and
 * respondents, invitations, reminders, campaign changes… — who, which method and path, and the status.
 */
@WebFilter("/api/*")
public class ApiAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern CAMPAIGN = Pattern.compile("^/api/campaigns/(\\d{1,18})(/.*)?$");

    private transient AuditTrail audit;


    @Inject
    void setAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int status = response.getStatus();
        if (SAFE.contains(request.getMethod()) || status >= 400 || path.startsWith("/api/secretariat")) {
            return;
        }
        Matcher m = CAMPAIGN.matcher(path);
        Long campaign = m.matches() ? Long.valueOf(m.group(1)) : null;
        String rest = m.matches() && m.group(2) != null ? m.group(2) : "";
        AuditAction action = request.getMethod().equals("POST") && rest.equals("/invitations")
                ? AuditAction.INVITATIONS_SENT
                : request.getMethod().equals("POST") && rest.equals("/reminders") ? AuditAction.REMINDERS_SENT
                : AuditAction.API_CHANGE;
        String actor = request.getRemoteUser() == null ? "ẩn danh (chưa đăng nhập)" : request.getRemoteUser();
        audit.recordAlone(actor, action, campaign, request.getMethod() + " " + path
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                "trả lời HTTP " + status);
    }
}
