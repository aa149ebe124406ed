package org.parindex.survey.selfassessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.selfassessment.application.AppraisalService;
import org.parindex.survey.membership.rest.Callers;
import org.parindex.survey.platform.Role;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.selfassessment.application.DossierView;
import org.parindex.survey.selfassessment.application.SelfAssessmentService;
import org.parindex.survey.selfassessment.application.SelfAssessmentService.Download;
import org.parindex.survey.selfassessment.application.SelfAssessmentService.SelfInput;

/**
 * Units' dossiers: the list the caller may open, one dossier, the unit's self-assessment of a leaf (autosave),
 * evidence uploads and downloads, submit, reopen (secretariat), the unit's answer to the appraisal and its
 * explanation. Who may do what per unit is the application services' ({@code MemberAccess}); the roles here only
 * keep other callers out.
 */
@Path("campaigns/{id}/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "self-assessment", description = "Tự đánh giá của đơn vị, tài liệu kiểm chứng, giải trình")
@RequestScoped
public class SelfAssessmentResource {

    private SelfAssessmentService service;
    private AppraisalService appraisal;

    SelfAssessmentResource() {
        // for the CDI proxy
    }

    @Inject
    public SelfAssessmentResource(SelfAssessmentService service, AppraisalService appraisal) {
        this.service = service;
        this.appraisal = appraisal;
    }

    /** What the unit sends for one leaf. */
    public record SelfChange(String selfScore, String selfFigure, Boolean notApplicable, String naReason,
                             String explanation) {
    }

    /** The unit's answer to the appraisal of one leaf. */
    public record ReplyChange(String reply) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
    @GET
    @Operation(summary = "Các hồ sơ tự đánh giá mà tài khoản được xem (dossiers the caller may open)")
    public List<AppraisalService.Assigned> list(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisal.assigned(Callers.of(security), PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.APPRAISER_NAME})
    @GET
    @Path("progress")
    @Operation(summary = "Tiến độ theo cấp: đã nộp, đã thẩm định, đã giải trình, đã chốt (progress per level)")
    public List<AppraisalService.LevelProgress> progress(@PathParam("id") String id,
                                                         @Context SecurityContext security) {
        return appraisal.progress(Callers.of(security), PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
    @GET
    @Path("{unit}")
    @Operation(summary = "Hồ sơ tự đánh giá của một đơn vị (one unit's dossier, self and appraised side by side)")
    public DossierView get(@PathParam("id") String id, @PathParam("unit") String unit,
                           @Context SecurityContext security) {
        return service.view(Callers.of(security), PathParams.campaignId(id), unit);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
    @GET
    @Path("{unit}/report.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Báo cáo tự đánh giá in được (the printable self-assessment report, PDF)")
    public Response report(@PathParam("id") String id, @PathParam("unit") String unit,
                           @Context SecurityContext security) {
        byte[] pdf = service.report(Callers.of(security), PathParams.campaignId(id), unit);
        return Downloads.inline(pdf, Downloads.PDF, "bao-cao-tu-danh-gia-" + unit + ".pdf");
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @PUT
    @Path("{unit}/leaves/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tự chấm một tiêu chí (autosave one leaf: points or figure, not applicable, explanation)")
    public DossierView save(@PathParam("id") String id, @PathParam("unit") String unit,
                            @PathParam("item") String item, SelfChange body, @Context SecurityContext security) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return service.save(Callers.of(security), PathParams.campaignId(id), unit, item, new SelfInput(
                body.selfScore(), body.selfFigure(), Boolean.TRUE.equals(body.notApplicable()), body.naReason(),
                body.explanation()));
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @POST
    @Path("{unit}/leaves/{item}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Tải lên tài liệu kiểm chứng (upload evidence: the body is the file, ?name= its name)",
            description = "PDF, PNG, JPEG, DOCX, XLSX, PPTX, DOC, XLS, judged by content; size limit "
                    + "survey.evidence.max-bytes; office archives inspected for zip bombs; names with a folder or "
                    + "'..' refused. Nothing is stored when refused.")
    public Response upload(@PathParam("id") String id, @PathParam("unit") String unit,
                           @PathParam("item") String item, @QueryParam("name") String name, byte[] body,
                           @Context SecurityContext security) {
        DossierView.EvidenceView v = service.upload(Callers.of(security), PathParams.campaignId(id), unit, item,
                name, body);
        return Response.status(201).entity(v).build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
    @GET
    @Path("{unit}/evidence/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải về một tài liệu kiểm chứng (download one evidence document)")
    public Response download(@PathParam("id") String id, @PathParam("unit") String unit,
                             @PathParam("file") String file, @Context SecurityContext security) {
        Download d = service.download(Callers.of(security), PathParams.campaignId(id), unit,
                PathParams.id("tài liệu", file));
        return Downloads.attachment(d.content(), d.file().mediaType(), d.file().fileName());
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @DELETE
    @Path("{unit}/evidence/{file}")
    @Operation(summary = "Xoá một tài liệu kiểm chứng (remove one, while its stage is open)")
    public Response remove(@PathParam("id") String id, @PathParam("unit") String unit,
                           @PathParam("file") String file, @Context SecurityContext security) {
        service.remove(Callers.of(security), PathParams.campaignId(id), unit, PathParams.id("tài liệu", file));
        return Response.noContent().build();
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @POST
    @Path("{unit}/submit")
    @Operation(summary = "Nộp tự đánh giá (submit; locked afterwards)")
    public DossierView submit(@PathParam("id") String id, @PathParam("unit") String unit,
                              @Context SecurityContext security) {
        return service.submit(Callers.of(security), PathParams.campaignId(id), unit);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("{unit}/reopen")
    @Operation(summary = "Mở lại hồ sơ đã nộp (reopen a submitted dossier for the unit)")
    public DossierView reopen(@PathParam("id") String id, @PathParam("unit") String unit,
                              @Context SecurityContext security) {
        return service.reopen(Callers.of(security), PathParams.campaignId(id), unit);
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @PUT
    @Path("{unit}/leaves/{item}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Giải trình một tiêu chí sau thẩm định (the unit's answer, within the window)")
    public DossierView reply(@PathParam("id") String id, @PathParam("unit") String unit,
                             @PathParam("item") String item, ReplyChange body, @Context SecurityContext security) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return service.reply(Callers.of(security), PathParams.campaignId(id), unit, item, body.reply());
    }

    @RolesAllowed(Role.OFFICER_NAME)
    @POST
    @Path("{unit}/explain")
    @Operation(summary = "Gửi giải trình (send the explanation to the appraisers)")
    public DossierView explain(@PathParam("id") String id, @PathParam("unit") String unit,
                               @Context SecurityContext security) {
        return service.explain(Callers.of(security), PathParams.campaignId(id), unit);
    }
}
