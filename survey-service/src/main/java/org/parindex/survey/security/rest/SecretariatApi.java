package org.parindex.survey.security.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.parindex.survey.audit.rest.AuditResource;
import org.parindex.survey.dashboard.rest.DashboardResource;
import org.parindex.survey.dashboard.rest.PaperResource;
import org.parindex.survey.problem.rest.FallbackMapper;
import org.parindex.survey.problem.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.results.rest.ResultResource;
import org.parindex.survey.scores.rest.ScoreResource;
import org.parindex.survey.security.domain.Role;

/**
 * The secretariat's own JSON API, under {@code /api/secretariat}: scores, results and their publication, the
 * dashboard, paper questionnaires, the audit log and user accounts. Every resource demands a role. Its classes
 * are listed, so that it serves nothing else.
 */
@ApplicationPath(SecretariatApi.PATH)
@DeclareRoles({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
public class SecretariatApi extends Application {

    /** Where this API lives, relative to the context root. */
    public static final String PATH = "api/secretariat";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ScoreResource.class, AuditResource.class, ResultResource.class, AccountResource.class,
                DashboardResource.class, PaperResource.class, RolesAllowedFeature.class,
                ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
