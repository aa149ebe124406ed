package org.parindex.survey.results.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.results.application.ExplanationView;
import org.parindex.survey.results.application.ResultExports;
import org.parindex.survey.results.application.ResultService;
import org.parindex.survey.results.application.ResultSheet;
import org.parindex.survey.results.domain.LevelInputs;
import org.parindex.survey.results.domain.PublishedLevel;
import org.parindex.survey.platform.Role;

/**
 * The index of a campaign as computed now (not published): per level, a unit's explanation, exports (XLSX, PDF)
 * and the inputs in the files the scoring CLI reads. Publications are {@link PublicationResource}'s.
 */
@Path("campaigns/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results", description = "Chỉ số CCHC: kết quả, công bố, giải trình (results, publication, explanation)")
@RequestScoped
public class ResultResource {

    static final List<String> DOCUMENTS = List.of(PublishedLevel.FRAMEWORK, PublishedLevel.UNITS,
            PublishedLevel.SCORES, PublishedLevel.ANSWERS, PublishedLevel.RESULTS);

    private ResultService results;

    ResultResource() {
        // for the CDI proxy
    }

    @Inject
    public ResultResource(ResultService results) {
        this.results = results;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Kết quả tính ngay bây giờ (live results, not published): per level index, areas, rank, band")
    public ResultSheet preview(@PathParam("id") String id) {
        return results.preview(PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Kết quả tính ngay, dạng XLSX")
    public Response previewXlsx(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Downloads.attachment(ResultExports.xlsx(results.preview(campaignId)), Downloads.XLSX, "ket-qua-dot-" + campaignId
                + "-xem-truoc.xlsx");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Kết quả tính ngay, báo cáo PDF")
    public Response previewPdf(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Downloads.attachment(ResultExports.pdf(results.preview(campaignId)), Downloads.PDF, "ket-qua-dot-"
                + campaignId + "-xem-truoc.pdf");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("units/{unit}/explanation")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Giải trình kết quả của một đơn vị (scoring-lib's explanation, parindex-explanation/1; "
            + "?format=page for the pages: Vietnamese only, decimal comma; ?format=text for the text report)")
    @APIResponse(responseCode = "404", description = "the unit has no result (no scores yet, or unknown)")
    public Response explainLive(@PathParam("id") String id, @PathParam("unit") String unit,
                                @QueryParam("format") String format) {
        return explanation(results.explain(PathParams.campaignId(id), null, unit), format);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("inputs/{level}/{document}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
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
        return Downloads.attachment(body, Downloads.CSV, level.toLowerCase(Locale.ROOT) + "-" + document);
    }

    static Response explanation(Explanation e, String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(ResultWriter.json(e), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        if (format.equals("page")) {
            return Response.ok(ExplanationView.of(e), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        if (format.equals("text")) {
            return Response.ok(e.toText(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
        }
        throw MalformedRequestException.of("format", "phải là json, page hoặc text", format);
    }

    static int number(String raw) {
        return (int) Math.min(Integer.MAX_VALUE, PathParams.id("phiên bản kết quả", raw));
    }

}
