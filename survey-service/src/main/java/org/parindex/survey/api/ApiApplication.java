package org.parindex.survey.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.parindex.survey.audit.rest.AuditResource;
import org.parindex.survey.selfassessment.rest.AppraisalResource;
import org.parindex.survey.campaign.rest.CampaignResource;
import org.parindex.survey.campaign.rest.ContactResource;
import org.parindex.survey.campaign.rest.GroupResource;
import org.parindex.survey.campaign.rest.SamplePlanResource;
import org.parindex.survey.dashboard.rest.DashboardResource;
import org.parindex.survey.dashboard.rest.ResponseResource;
import org.parindex.survey.dashboard.rest.PaperResource;
import org.parindex.survey.invitation.rest.InvitationResource;
import org.parindex.survey.invitation.rest.MailTemplateResource;
import org.parindex.survey.invitation.rest.ReminderResource;
import org.parindex.survey.mail.rest.OutboxResource;
import org.parindex.survey.membership.rest.MeResource;
import org.parindex.survey.membership.rest.MemberResource;
import org.parindex.survey.platform.rest.FallbackMapper;
import org.parindex.survey.platform.rest.HttpProblemMapper;
import org.parindex.survey.problem.rest.ProblemMapper;
import org.parindex.survey.respondent.rest.RespondentResource;
import org.parindex.survey.results.rest.PublicationResource;
import org.parindex.survey.results.rest.ResultResource;
import org.parindex.survey.scores.rest.ScoreResource;
import org.parindex.survey.selfassessment.rest.SelfAssessmentResource;
import org.parindex.survey.platform.Role;
import org.parindex.survey.security.rest.AccountResource;
import org.parindex.survey.security.rest.RolesAllowedFeature;
import org.parindex.survey.unit.rest.UnitResource;

/**
 * The secretariat's JSON API, the only one under {@code /api}: campaigns, units, respondents, invitations, mail,
 * responses, scores, results, the dashboard, paper entry, the audit log and accounts; units' self-assessments,
 * their members and the appraisal (issue 14). Its classes are listed on
 * purpose, so that it serves nothing else and the respondents' applications ({@code /q/api}, {@code /link}) cannot
 * pick up its resources. Every resource method says who may call it ({@link RolesAllowedFeature}).
 */
@ApplicationPath(ApiApplication.PATH)
@DeclareRoles({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
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
                ScoreResource.class, ResultResource.class, PublicationResource.class, DashboardResource.class,
                PaperResource.class, AuditResource.class, AccountResource.class,
                ContactResource.class, // issue 13: whom respondents contact
                MemberResource.class, MeResource.class, SelfAssessmentResource.class, AppraisalResource.class,
                RolesAllowedFeature.class, ProblemMapper.class, HttpProblemMapper.class, FallbackMapper.class);
    }
}
