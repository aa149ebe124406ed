package org.parindex.survey.selfassessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.selfassessment.application.AppraisalService;
import org.parindex.survey.selfassessment.application.AppraisalService.AppraisalInput;
import org.parindex.survey.membership.rest.Callers;
import org.parindex.survey.platform.Role;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.selfassessment.application.DossierView;

/** The appraiser's actions on one unit's dossier: appraise a leaf, send the result, finalise. */
@Path("campaigns/{id}/self-assessments/{unit}/appraisal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appraisal", description = "Thẩm định kết quả tự đánh giá")
@RequestScoped
public class AppraisalResource {

    private AppraisalService appraisal;

    AppraisalResource() {
        // for the CDI proxy
    }

    @Inject
    public AppraisalResource(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    /** The appraiser's value of one leaf. */
    public record AppraisalChange(String appraisedScore, String appraisedFigure, String comment) {
    }

    @RolesAllowed(Role.APPRAISER_NAME)
    @PUT
    @Path("{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đặt điểm thẩm định và nhận xét của một tiêu chí (appraise one leaf; audited)")
    public DossierView appraise(@PathParam("id") String id, @PathParam("unit") String unit,
                                @PathParam("item") String item, AppraisalChange body,
                                @Context SecurityContext security) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return appraisal.appraise(Callers.of(security), PathParams.campaignId(id), unit, item,
                new AppraisalInput(body.appraisedScore(), body.appraisedFigure(), body.comment()));
    }

    @RolesAllowed(Role.APPRAISER_NAME)
    @POST
    @Path("send")
    @Operation(summary = "Gửi kết quả thẩm định cho đơn vị (send; the unit may explain within the window)")
    public DossierView send(@PathParam("id") String id, @PathParam("unit") String unit,
                            @Context SecurityContext security) {
        return appraisal.send(Callers.of(security), PathParams.campaignId(id), unit);
    }

    @RolesAllowed(Role.APPRAISER_NAME)
    @POST
    @Path("finalise")
    @Operation(summary = "Chốt kết quả (lock the final figures and write them into the campaign's scores)")
    public DossierView finalise(@PathParam("id") String id, @PathParam("unit") String unit,
                                @Context SecurityContext security) {
        return appraisal.finalise(Callers.of(security), PathParams.campaignId(id), unit);
    }
}
