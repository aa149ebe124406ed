package org.parindex.survey.security.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.parindex.survey.problem.rest.FallbackMapper;
import org.parindex.survey.problem.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.scores.rest.ScoreResource;

/**
 * The secretariat's own JSON API, under {@code /api/secretariat}: scores and the audit log so far. Its classes are
 * listed, so that it serves nothing else.
 */
@ApplicationPath(SecretariatApi.PATH)
public class SecretariatApi extends Application {

    /** Where this API lives, relative to the context root. */
    public static final String PATH = "api/secretariat";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ScoreResource.class, org.parindex.survey.audit.rest.AuditResource.class,
                ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
