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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.security.application.AccountService;
import org.parindex.survey.security.domain.Account;

/**
 * How callers prove who they are (Jakarta Security): HTTP Basic on any request (API clients); the login form of
 * {@code /admin/login.html} (a POST to {@code /admin/login}), which starts a session; and that session on later
 * requests, checked against the account each time, so that a locked account or a changed role takes effect at
 * once. The mechanism only establishes the caller: whether a path needs a login or a role is {@link AccessFilter}'s
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

    private IdentityStoreHandler identityStores;
    private AccountService accounts;
    private AuditTrail audit;

    SecretariatAuthentication() {
        // for the CDI proxy
    }

    @Inject
    public SecretariatAuthentication(IdentityStoreHandler identityStores, AccountService accounts, AuditTrail audit) {
        this.identityStores = identityStores;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
            CredentialValidationResult result = credential.map(identityStores::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setAttribute(HOW, "basic");
                return context.notifyContainerAboutLogin(result);
            }
            request.setAttribute(FAILED, Boolean.TRUE);
            return context.doNothing();
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path(request))) {
            String username = request.getParameter("username");
            String password = request.getParameter("password");
            CredentialValidationResult result = username == null || password == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(new UsernamePasswordCredential(username, password));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession existing = request.getSession(false);
                if (existing != null) {
                    request.changeSessionId();
                }
                request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
                request.setAttribute(HOW, "form");
                AuthenticationStatus status = context.notifyContainerAboutLogin(result);
                audit.recordAlone(result.getCallerPrincipal().getName(), AuditAction.LOGIN, null, null,
                        "đăng nhập bằng biểu mẫu từ " + request.getRemoteAddr());
                return status;
            }
            audit.recordAlone(username == null ? null : clip(username), AuditAction.LOGIN_FAILED, null, null,
                    "sai tên đăng nhập hoặc mật khẩu, từ " + request.getRemoteAddr());
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Account> account = accounts.active(username);
            if (account.isPresent()) {
                request.setAttribute(HOW, "session");
                return context.notifyContainerAboutLogin(account.get().username(),
                        Set.of(account.get().role().roleName()));
            }
            session.invalidate();
        }
        return context.doNothing();
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
