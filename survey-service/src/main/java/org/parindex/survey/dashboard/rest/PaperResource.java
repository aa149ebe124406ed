package org.parindex.survey.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.dashboard.application.PaperEntry;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.rest.AnswersBody;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.platform.Role;

/**
 * Paper questionnaires: the blank sheet of a respondent, and typing in what they answered on paper; the body is
 * read by the same parser as the online questionnaire's ({@link AnswersBody}).
 */
@Path("campaigns/{id}/paper")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "paper", description = "Nhập phiếu giấy (paper questionnaires)")
@RequestScoped
public class PaperResource {

    private PaperEntry paper;

    PaperResource() {
        // for the CDI proxy
    }

    @Inject
    public PaperResource(PaperEntry paper) {
        this.paper = paper;
    }

    /** What the POST answers. */
    public record Entered(long respondentId, LocalDateTime submittedAt, String channel) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("blank.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Phiếu giấy trống của một nhóm để in (printable blank questionnaire of a group, PDF)")
    @APIResponse(responseCode = "200", description = "the PDF; the download is audit-logged")
    @APIResponse(responseCode = "422", description = "missing or unknown group")
    public Response blank(@PathParam("id") String id, @QueryParam("group") String group) {
        long campaignId = PathParams.campaignId(id);
        byte[] pdf = paper.blankForm(campaignId, group);
        return Downloads.inline(pdf, Downloads.PDF, "phieu-giay-" + campaignId + "-" + group.strip() + ".pdf");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("{respondentId}")
    @Operation(summary = "Phiếu trống của một người để nhập phiếu giấy (the respondent's forms, units, questions)")
    public PaperEntry.PaperSheet sheet(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        return paper.sheet(PathParams.campaignId(id), PathParams.id("người được điều tra", respondentId));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("{respondentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập phiếu giấy (submit a paper questionnaire; same validation as online; anonymous)")
    @APIResponse(responseCode = "201", description = "stored; the respondent is marked as answered on paper")
    @APIResponse(responseCode = "409", description = "already answered, or the campaign does not take answers")
    @APIResponse(responseCode = "422", description = "wrong or missing answers, each named")
    public Response enter(@PathParam("id") String id, @PathParam("respondentId") String respondentId,
                          AnswersBody body) {
        List<Answer> answers = AnswersBody.parse(body);
        long respondent = PathParams.id("người được điều tra", respondentId);
        Submission s = paper.enter(PathParams.campaignId(id), respondent, answers);
        return Response.status(201).entity(new Entered(respondent, s.submittedAt(), s.channel().name())).build();
    }
}
