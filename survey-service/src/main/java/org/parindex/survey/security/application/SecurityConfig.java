package org.parindex.survey.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of login, through MicroProfile Config: {@code parindex.admin.username} (default {@code admin}) and
 * {@code parindex.admin.password} (environment variable {@code PARINDEX_ADMIN_PASSWORD}), the first admin created
 * when there is no account at all; and {@code survey.demo.enabled}, under which demo accounts get the documented
 * demo password when no admin password is configured.
 */
@ApplicationScoped
public class SecurityConfig {

    /** The password of the demo accounts (admin, thuky, hoidong) when demo mode is on and none is configured. */
    public static final String DEMO_PASSWORD = "parindex-demo";

    private String adminUsername;
    private Optional<String> adminPassword;
    private boolean demo;

    SecurityConfig() {
        // for the CDI proxy
    }

    @Inject
    public SecurityConfig(@ConfigProperty(name = "parindex.admin.username", defaultValue = "admin") String adminUsername,
                          @ConfigProperty(name = "parindex.admin.password") Optional<String> adminPassword,
                          @ConfigProperty(name = "survey.demo.enabled") boolean demo) {
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
        this.demo = demo;
    }

    public String adminUsername() {
        return adminUsername;
    }

    /** The configured password of the first admin, if any. */
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    public boolean demo() {
        return demo;
    }
}
