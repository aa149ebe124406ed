package org.parindex.survey.invitation.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.parindex.survey.platform.rest.FallbackMapper;
import org.parindex.survey.platform.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.security.rest.RolesAllowedFeature;

/**
 * The public link check, under {@code /link}: open to anyone (like {@code /q}), apart from the secretariat's
 * {@code /api}, which demands a login. It answers only what a link or short code stands for, throttled.
 */
@ApplicationPath(LinkApplication.PATH)
public class LinkApplication extends Application {

    /** Where it lives, relative to the context root. */
    public static final String PATH = "link";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LinkResource.class, TooManyAttemptsMapper.class, RolesAllowedFeature.class,
                ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
