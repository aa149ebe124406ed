package org.parindex.survey.results.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.results.application.ResultExports;
import org.parindex.survey.results.application.ResultService;
import org.parindex.survey.results.application.ResultSheet;
import org.parindex.survey.results.domain.Publication;
import org.parindex.survey.platform.Role;

/**
 * The published versions of a campaign's index: publish one (immutable), list them, read one as tables, XLSX or
 * PDF, a unit's explanation in it, and its frozen files (framework and inputs) that the scoring CLI scores again.
 */
@Path("campaigns/{id}/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
@RequestScoped
public class PublicationResource {

    private ResultService results;

    @Context
    UriInfo uri;

    PublicationResource() {
        // for the CDI proxy
    }

    @Inject
    public PublicationResource(ResultService results) {
        this.results = results;
    }

    /** Body of {@code POST …/publications}. */
    public record PublishRequest(String note) {
    }

    /**
     * A publication, without its tables.
     *
     * @param version     version number
     * @param publishedAt when
     * @param publishedBy who
     * @param status      the campaign's status then
     * @param respondents respondents registered then
     * @param submissions questionnaires submitted
     * @param answers     answers stored
     * @param note        the publisher's note, or null
     * @param levels      per level: code, framework, units scored
     */
    public record PublicationSummary(int version, LocalDateTime publishedAt, String publishedBy, String status,
                                     long respondents, long submissions, long answers, String note,
                                     List<LevelSummary> levels) {

        static PublicationSummary of(Publication p) {
            return new PublicationSummary(p.number(), p.publishedAt(), p.publishedBy(), p.campaignStatus(),
                    p.counts().respondents(), p.counts().submissions(), p.counts().answers(), p.note().orElse(null),
                    p.levels().stream().map(l -> new LevelSummary(l.levelCode(), l.levelName(), l.frameworkCode(),
                            l.frameworkVersion(), l.unitsScored(), l.answersTallied())).toList());
        }
    }

    /** One level of a publication. */
    public record LevelSummary(String level, String levelName, String framework, String frameworkVersion,
                               int unitsScored, long answersTallied) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Công bố kết quả (publish): a new immutable version computed now")
    @APIResponse(responseCode = "201", description = "the new version")
    @APIResponse(responseCode = "409", description = "draft campaign, or no unit has scores")
    public Response publish(@PathParam("id") String id, PublishRequest body) {
        long campaignId = PathParams.campaignId(id);
        Publication p = results.publish(campaignId, body == null ? null : body.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(p.number())).build())
                .entity(PublicationSummary.of(p)).build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Các phiên bản đã công bố (publications), newest first")
    public List<PublicationSummary> publications(@PathParam("id") String id) {
        return results.publications(PathParams.campaignId(id)).stream().map(PublicationSummary::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{version}")
    @Operation(summary = "Một phiên bản đã công bố, dạng bảng (a publication's results)")
    public ResultSheet publication(@PathParam("id") String id, @PathParam("version") String version) {
        return results.sheet(PathParams.campaignId(id), ResultResource.number(version));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{version}/xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Một phiên bản đã công bố, dạng XLSX")
    public Response publicationXlsx(@PathParam("id") String id, @PathParam("version") String version) {
        long campaignId = PathParams.campaignId(id);
        int n = ResultResource.number(version);
        return Downloads.attachment(ResultExports.xlsx(results.sheet(campaignId, n)), Downloads.XLSX,
                "ket-qua-dot-" + campaignId + "-phien-ban-" + n + ".xlsx");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{version}/pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Một phiên bản đã công bố, báo cáo PDF (for the council's minutes)")
    public Response publicationPdf(@PathParam("id") String id, @PathParam("version") String version) {
        long campaignId = PathParams.campaignId(id);
        int n = ResultResource.number(version);
        return Downloads.attachment(ResultExports.pdf(results.sheet(campaignId, n)), Downloads.PDF,
                "ket-qua-dot-" + campaignId + "-phien-ban-" + n + ".pdf");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{version}/units/{unit}/explanation")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Giải trình kết quả của một đơn vị trong một phiên bản đã công bố")
    public Response explainPublished(@PathParam("id") String id, @PathParam("version") String version,
                                     @PathParam("unit") String unit, @QueryParam("format") String format) {
        return ResultResource.explanation(results.explain(PathParams.campaignId(id), ResultResource.number(version),
                unit), format);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{version}/levels/{level}/{document}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Tệp đóng băng của một phiên bản: framework.json, units.csv, scores.csv, answers.csv, "
            + "results.csv (run the scoring CLI on them to check the published index)")
    public Response document(@PathParam("id") String id, @PathParam("version") String version,
                             @PathParam("level") String level, @PathParam("document") String document) {
        if (!ResultResource.DOCUMENTS.contains(document)) {
            throw new NotFoundException("tệp", document);
        }
        long campaignId = PathParams.campaignId(id);
        int n = ResultResource.number(version);
        String body = results.document(campaignId, n, level, document);
        String type = document.endsWith(".json") ? "application/json;charset=UTF-8" : Downloads.CSV;
        return Downloads.attachment(body, type, "v" + n + "-" + level.toLowerCase(Locale.ROOT) + "-" + document);
    }
}
