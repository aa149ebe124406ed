package org.parindex.survey.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.parindex.survey.campaign.rest.CampaignResource;
import org.parindex.survey.campaign.rest.GroupResource;
import org.parindex.survey.campaign.rest.SamplePlanResource;
import org.parindex.survey.invitation.rest.InvitationResource;
import org.parindex.survey.invitation.rest.MailTemplateResource;
import org.parindex.survey.invitation.rest.ReminderResource;
import org.parindex.survey.mail.rest.OutboxResource;
import org.parindex.survey.problem.rest.FallbackMapper;
import org.parindex.survey.problem.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.questionnaire.rest.ResponseResource;
import org.parindex.survey.respondent.rest.RespondentResource;
import org.parindex.survey.unit.rest.UnitResource;

/**
 * The secretariat's JSON API, under {@code /api}. Its classes are listed here on purpose: the respondents'
 * pages (issue 6, under {@code /q/…}) will be a second JAX-RS application, and with explicit lists neither
 * application can pick up the other's resources, so {@code /api/*} can be locked to secretariat roles
 * (issue 7) without exposing anything under {@code /q}.
 */
@ApplicationPath(ApiApplication.PATH)
@OpenAPIDefinition(
        info = @Info(title = "ParIndex survey service",
                version = "0.1",
                description = "Đợt đánh giá Chỉ số CCHC: đơn vị, nhóm đối tượng điều tra, người được điều tra."
                        + " Campaigns of the Administrative Reform Index survey: units, sample groups,"
                        + " respondents. Errors are application/problem+json (RFC 9457)."))
public class ApiApplication extends Application {

    /** Where the API lives, relative to the context root. */
    public static final String PATH = "api";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SamplePlanResource.class, CampaignResource.class, GroupResource.class, UnitResource.class,
                RespondentResource.class,
                InvitationResource.class, ReminderResource.class, MailTemplateResource.class, OutboxResource.class,
                ResponseResource.class,
                ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
