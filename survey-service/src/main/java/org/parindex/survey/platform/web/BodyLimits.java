package org.parindex.survey.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be, per path (MicroProfile Config, in bytes): {@code survey.limits.upload-bytes}
 * (default 10 MB) for the secretariat's API {@code /api/*}, which takes spreadsheet uploads;
 * {@code survey.limits.public-bytes} (default 1 MB) for everything else: the questionnaire API {@code /q/api},
 * {@code /link}, the login form.
 */
@ApplicationScoped
public class BodyLimits {

    private long upload;
    private long everythingElse;

    BodyLimits() {
        // for the CDI proxy
    }

    @Inject
    public BodyLimits(@ConfigProperty(name = "survey.limits.upload-bytes", defaultValue = "10485760") long upload,
                      @ConfigProperty(name = "survey.limits.public-bytes", defaultValue = "1048576")
                      long everythingElse) {
        this.upload = upload;
        this.everythingElse = everythingElse;
    }

    /** The largest body accepted at {@code path} (relative to the context root). */
    public long forPath(String path) {
        return path.startsWith("/api/") || path.equals("/api") ? upload : everythingElse;
    }

    /** The largest upload of the secretariat's API. */
    public long upload() {
        return upload;
    }
}
