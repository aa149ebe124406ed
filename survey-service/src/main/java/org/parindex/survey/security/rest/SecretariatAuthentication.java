package org.parindex.survey.security.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.platform.web.ClientAddress;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.platform.persistence.DatabaseUnavailable;
import org.parindex.survey.platform.throttle.Throttle;
import org.parindex.survey.platform.web.DatabaseFaultFilter;
import org.parindex.survey.platform.web.ProblemResponses;
import org.parindex.survey.platform.web.SessionCookies;
import org.parindex.survey.security.application.AccountService;
import org.parindex.survey.security.application.LoginThrottle;
import org.parindex.survey.security.application.PasswordStamp;
import org.parindex.survey.security.domain.Account;

/**
 * How callers prove who they are (Jakarta Security), on {@code /api/*} and {@code /admin/*} only (elsewhere
 * credentials are ignored and nothing is hashed): HTTP Basic (API clients); the login form of
 * {@code /admin/login.html} (a POST to {@code /admin/login} from this site's own pages), which starts a session;
 * and that session on later requests, checked against the account each time, so that a locked account, a changed
 * role or a changed password takes effect at once. Failed logins are audited and throttled per account and
 * client address ({@link LoginThrottle}: 429 with Retry-After, before any hash is computed, counted in the shared
 * database). The mechanism only establishes the caller: whether a path needs a login or a role is {@link AccessFilter}'s
 * business, so wrong credentials reach it as a request attribute.
 */
@ApplicationScoped
public class SecretariatAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the logged-in user name. */
    static final String SESSION_USER = "parindex.user";
    /** Request attribute: how the caller was authenticated ({@code basic}, {@code form}, {@code session}). */
    static final String HOW = "parindex.auth";
    /** Request attribute set when Basic credentials were given and wrong. */
    static final String FAILED = "parindex.auth.failed";
    static final String LOGIN_PATH = "/admin/login";

    /** Session attribute: the {@link PasswordStamp} of the account when the session logged in. */
    static final String SESSION_STAMP = "parindex.stamp";

    private IdentityStoreHandler identityStores;
    private AccountService accounts;
    private AuditTrail audit;
    private LoginThrottle throttle;
    private ClientAddress clients;
    private SurveyConfig config;

    SecretariatAuthentication() {
        // for the CDI proxy
    }

    @Inject
    public SecretariatAuthentication(IdentityStoreHandler identityStores, AccountService accounts, AuditTrail audit,
                                     LoginThrottle throttle, ClientAddress clients, SurveyConfig config) {
        this.identityStores = identityStores;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.clients = clients;
        this.config = config;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = path(request);
        if (!needsLogin(path)) {
            // /q/*, /link, /health, /openapi, the pages' assets: credentials are never looked at, nothing is hashed
            return context.doNothing();
        }
        try {
            return authenticate(path, request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // accounts and throttles live in the database: say so (503), not a 500 page
            try {
                DatabaseFaultFilter.answer(request, response, e);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(String path, HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicLogin(authorization.substring(6).strip(), request, response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path)) {
            return formLogin(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Account> account = accounts.active(username);
            if (account.isPresent() && PasswordStamp.of(account.get()).equals(session.getAttribute(SESSION_STAMP))) {
                request.setAttribute(HOW, "session");
                return context.notifyContainerAboutLogin(account.get().username(),
                        Set.of(account.get().role().roleName()));
            }
            // disabled, deleted, or its password changed since this session logged in
            session.invalidate();
        }
        return context.doNothing();
    }

    /** Only the secretariat's API and pages take a login. */
    static boolean needsLogin(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/admin") || path.startsWith("/admin/");
    }

    private AuthenticationStatus basicLogin(String encoded, HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basic(encoded);
        String username = credential.map(UsernamePasswordCredential::getCaller).orElse(null);
        String address = clients.of(request);
        Throttle.Attempt attempt = throttle.attempt(username, address);
        if (throttled(attempt, request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = credential.map(identityStores::validate)
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username, address);
            request.setAttribute(HOW, "basic");
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(attempt);
        audit.recordAlone(username == null ? null : clip(username), AuditAction.LOGIN_FAILED, null, null,
                "sai tên đăng nhập hoặc mật khẩu (HTTP Basic), từ " + address);
        request.setAttribute(FAILED, Boolean.TRUE);
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (!SameOrigin.allows(request, config.publicBaseUrl())) {
            SameOrigin.refuse(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String address = clients.of(request);
        Throttle.Attempt attempt = throttle.attempt(username, address);
        if (throttled(attempt, request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = username == null || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(username, password));
        Optional<Account> account = result.getStatus() == CredentialValidationResult.Status.VALID
                ? accounts.active(result.getCallerPrincipal().getName()) : Optional.empty();
        if (account.isPresent()) {
            throttle.succeeded(username, address);
            HttpSession existing = request.getSession(false);
            if (existing != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_USER, account.get().username());
            session.setAttribute(SESSION_STAMP, PasswordStamp.of(account.get()));
            SessionCookies.harden(request, response);
            request.setAttribute(HOW, "form");
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            audit.recordAlone(account.get().username(), AuditAction.LOGIN, null, null,
                    "đăng nhập bằng biểu mẫu từ " + address);
            return status;
        }
        throttle.failed(attempt);
        audit.recordAlone(username == null ? null : clip(username), AuditAction.LOGIN_FAILED, null, null,
                "sai tên đăng nhập hoặc mật khẩu, từ " + address);
        return context.doNothing();
    }

    /**
     * Answers 429 with Retry-After when the attempt ({@link LoginThrottle#attempt}, counted before any hash) was
     * refused: the account or the address has failed too often.
     */
    private boolean throttled(Throttle.Attempt attempt, HttpServletRequest request, HttpServletResponse response) {
        Optional<Duration> wait = attempt.refused();
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + 1);
        try {
            response.setHeader("Retry-After", String.valueOf(seconds));
            ProblemResponses.write(request, response, 429, "too-many-attempts",
                    "Quá nhiều lần thử (Too Many Requests)",
                    "Đăng nhập sai quá nhiều lần với tài khoản này hoặc từ địa chỉ này; hãy thử lại sau " + seconds
                            + " giây.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
