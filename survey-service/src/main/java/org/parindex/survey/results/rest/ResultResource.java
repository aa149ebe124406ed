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
import org.parindex.scoring.Explanation;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.results.application.ResultExports;
import org.parindex.survey.results.application.ResultService;
import org.parindex.survey.results.application.ResultSheet;
import org.parindex.survey.results.domain.LevelInputs;
import org.parindex.survey.results.domain.Publication;
import org.parindex.survey.results.domain.PublishedLevel;
import org.parindex.survey.security.domain.Role;

/**
 * The index of a campaign: the live preview, publications (immutable versions), a unit's explanation, exports
 * (XLSX, PDF) and the inputs in the files the scoring CLI reads.
 */
@Path("campaigns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results", description = "Chỉ số CCHC: kết quả, công bố, giải trình (results, publication, explanation)")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
public class ResultResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> DOCUMENTS = List.of(PublishedLevel.FRAMEWORK, PublishedLevel.UNITS,
            PublishedLevel.SCORES, PublishedLevel.ANSWERS, PublishedLevel.RESULTS);

    private ResultService results;

    @Context
    UriInfo uri;

    ResultResource() {
        // for the CDI proxy
    }

    @Inject
    public ResultResource(ResultService results) {
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

    @GET
    @Path("results")
    @Operation(summary = "Kết quả tính ngay bây giờ (live results, not published): per level index, areas, rank, band")
    public ResultSheet preview(@PathParam("id") String id) {
        return results.preview(PathParams.campaignId(id));
    }

    @GET
    @Path("results/xlsx")
    @Produces(XLSX)
    @Operation(summary = "Kết quả tính ngay, dạng XLSX")
    public Response previewXlsx(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return download(ResultExports.xlsx(results.preview(campaignId)), XLSX, "ket-qua-dot-" + campaignId
                + "-xem-truoc.xlsx");
    }

    @GET
    @Path("results/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Kết quả tính ngay, báo cáo PDF")
    public Response previewPdf(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return download(ResultExports.pdf(results.preview(campaignId)), "application/pdf", "ket-qua-dot-"
                + campaignId + "-xem-truoc.pdf");
    }

    @GET
    @Path("results/units/{unit}/explanation")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Giải trình kết quả của một đơn vị (scoring-lib's explanation, parindex-explanation/1; "
            + "?format=text for the text report)")
    @APIResponse(responseCode = "404", description = "the unit has no result (no scores yet, or unknown)")
    public Response explainLive(@PathParam("id") String id, @PathParam("unit") String unit,
                                @QueryParam("format") String format) {
        return explanation(results.explain(PathParams.campaignId(id), null, unit), format);
    }

    @GET
    @Path("results/inputs/{level}/{document}")
    @Produces({"text/csv;charset=UTF-8", MediaType.APPLICATION_JSON})
    @Operation(summary = "Dữ liệu đầu vào hiện tại của một cấp: units.csv, scores.csv, answers.csv (the files the "
            + "scoring CLI reads)")
    public Response liveInput(@PathParam("id") String id, @PathParam("level") String level,
                              @PathParam("document") String document) {
        long campaignId = PathParams.campaignId(id);
        LevelInputs inputs = results.compute(campaignId).levels().stream().map(ResultService.Level::inputs)
                .filter(l -> l.level().equals(level)).findFirst()
                .orElseThrow(() -> new NotFoundException("cấp được đánh giá", level));
        String body = switch (document) {
            case PublishedLevel.UNITS -> inputs.unitsCsv();
            case PublishedLevel.SCORES -> inputs.scoresCsv();
            case PublishedLevel.ANSWERS -> inputs.answersCsv();
            default -> throw new NotFoundException("tệp", document);
        };
        return download(body, "text/csv;charset=UTF-8", level.toLowerCase(Locale.ROOT) + "-" + document);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("publications")
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

    @GET
    @Path("publications")
    @Operation(summary = "Các phiên bản đã công bố (publications), newest first")
    public List<PublicationSummary> publications(@PathParam("id") String id) {
        return results.publications(PathParams.campaignId(id)).stream().map(PublicationSummary::of).toList();
    }

    @GET
    @Path("publications/{version}")
    @Operation(summary = "Một phiên bản đã công bố, dạng bảng (a publication's results)")
    public ResultSheet publication(@PathParam("id") String id, @PathParam("version") String version) {
        return results.sheet(PathParams.campaignId(id), number(version));
    }

    @GET
    @Path("publications/{version}/xlsx")
    @Produces(XLSX)
    @Operation(summary = "Một phiên bản đã công bố, dạng XLSX")
    public Response publicationXlsx(@PathParam("id") String id, @PathParam("version") String version) {
        long campaignId = PathParams.campaignId(id);
        int n = number(version);
        return download(ResultExports.xlsx(results.sheet(campaignId, n)), XLSX, "ket-qua-dot-" + campaignId
                + "-phien-ban-" + n + ".xlsx");
    }

    @GET
    @Path("publications/{version}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Một phiên bản đã công bố, báo cáo PDF (for the council's minutes)")
    public Response publicationPdf(@PathParam("id") String id, @PathParam("version") String version) {
        long campaignId = PathParams.campaignId(id);
        int n = number(version);
        return download(ResultExports.pdf(results.sheet(campaignId, n)), "application/pdf", "ket-qua-dot-"
                + campaignId + "-phien-ban-" + n + ".pdf");
    }

    @GET
    @Path("publications/{version}/units/{unit}/explanation")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Giải trình kết quả của một đơn vị trong một phiên bản đã công bố")
    public Response explainPublished(@PathParam("id") String id, @PathParam("version") String version,
                                     @PathParam("unit") String unit, @QueryParam("format") String format) {
        return explanation(results.explain(PathParams.campaignId(id), number(version), unit), format);
    }

    @GET
    @Path("publications/{version}/levels/{level}/{document}")
    @Produces({"text/csv;charset=UTF-8", MediaType.APPLICATION_JSON})
    @Operation(summary = "Tệp đóng băng của một phiên bản: framework.json, units.csv, scores.csv, answers.csv, "
            + "results.csv (run the scoring CLI on them to check the published index)")
    public Response document(@PathParam("id") String id, @PathParam("version") String version,
                             @PathParam("level") String level, @PathParam("document") String document) {
        if (!DOCUMENTS.contains(document)) {
            throw new NotFoundException("tệp", document);
        }
        long campaignId = PathParams.campaignId(id);
        int n = number(version);
        String body = results.document(campaignId, n, level, document);
        String type = document.endsWith(".json") ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8";
        return download(body, type, "v" + n + "-" + level.toLowerCase(Locale.ROOT) + "-" + document);
    }

    private static Response explanation(Explanation e, String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(ResultWriter.json(e), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        if (format.equals("text")) {
            return Response.ok(e.toText(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
        }
        throw MalformedRequestException.of("format", "phải là json hoặc text", format);
    }

    private static int number(String raw) {
        return (int) Math.min(Integer.MAX_VALUE, PathParams.id("phiên bản kết quả", raw));
    }

    private static Response download(Object body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\""
                + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
