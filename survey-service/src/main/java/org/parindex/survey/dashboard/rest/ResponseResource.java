package org.parindex.survey.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.questionnaire.application.ResponseCounts;
import org.parindex.survey.questionnaire.domain.SurveyAnswers.TallyCount;
import org.parindex.survey.platform.Role;

/**
 * For the secretariat: how many have answered, per group, and the anonymous answers counted per (rated unit,
 * criterion, group, option), from the questionnaire's {@link ResponseCounts}. Who answered what is not available,
 * here or anywhere. The secretariat's side of the questionnaire, beside its dashboard.
 */
@Path("campaigns/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "responses", description = "Số phiếu đã nhận và kết quả tổng hợp ẩn danh (responses, anonymous tally)")
@RequestScoped
public class ResponseResource {

    private ResponseCounts counts;

    ResponseResource() {
        // for the CDI proxy
    }

    @Inject
    public ResponseResource(ResponseCounts counts) {
        this.counts = counts;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Respondents, questionnaires submitted and in progress, answers stored; per group")
    public ResponseCounts.Counts counts(@PathParam("id") String id) {
        return counts.counts(PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("tally")
    @Operation(summary = "Anonymous answers counted per rated unit, criterion (SURVEY leaf), group and option")
    public List<TallyCount> tally(@PathParam("id") String id) {
        return counts.tally(PathParams.campaignId(id));
    }
}
