package org.parindex.survey.questionnaire.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.parindex.survey.invitation.rest.TooManyAttemptsMapper;
import org.parindex.survey.platform.rest.FallbackMapper;
import org.parindex.survey.platform.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.security.rest.RolesAllowedFeature;

/**
 * The respondents' JSON API, under {@code /q/api}: apart from the secretariat's {@code /api} (which demands a
 * login and a role per method), open to whoever holds a link. Its classes are listed, so that it serves nothing else.
 */
@ApplicationPath(QuestionnaireApplication.PATH)
public class QuestionnaireApplication extends Application {

    /** Where the respondents' API lives, relative to the context root. */
    public static final String PATH = "q/api";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(QuestionnaireResource.class, PrivateResponses.class, CompressedResponses.class,
                TooManyAttemptsMapper.class, RolesAllowedFeature.class, ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
