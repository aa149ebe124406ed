package org.parindex.survey.scores.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.scoring.Assessment;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.platform.rest.Uploads;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.scores.rest.ScoreJson.ScoreChange;
import org.parindex.survey.scores.rest.ScoreJson.ScoreView;
import org.parindex.survey.platform.Role;
import org.parindex.survey.tabular.ImportReport;

/** Self-assessment and appraisal points of a campaign: import, list, change one, export. */
@Path("campaigns/{id}/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scores", description = "Điểm tự đánh giá và thẩm định (self-assessment and appraisal)")
@RequestScoped
public class ScoreResource {

    private ScoreService scores;

    ScoreResource() {
        // for the CDI proxy
    }

    @Inject
    public ScoreResource(ScoreService scores) {
        this.scores = scores;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("import")
    @Consumes({Uploads.CSV, Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Nhập điểm từ CSV/XLSX (import scores)",
            description = "One row per unit × sub-criterion in the columns of scoring-lib's scores CSV: unit, "
                    + "unit_name, item, self_score | self_figure, appraised_score | appraised_figure, not_applicable,"
                    + " evidence, explanation (Vietnamese headers accepted). Checked against the framework of each "
                    + "unit's level. All or nothing; re-importing the same file changes nothing; ?dryRun=true only "
                    + "checks.")
    @APIResponse(responseCode = "200", description = "the per-row report")
    @APIResponse(responseCode = "400", description = "the file is not UTF-8 CSV or XLSX")
    @APIResponse(responseCode = "409", description = "the campaign is published")
    @APIResponse(responseCode = "422", description = "rows with errors; nothing imported; the report is in the problem")
    public ImportReport importFile(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, byte[] file) {
        return scores.importFile(PathParams.campaignId(id), file, QueryParams.flag("dryRun", dryRun));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Các dòng điểm (score rows), optionally of one unit")
    public List<ScoreView> list(@PathParam("id") String id, @QueryParam("unit") String unit) {
        return scores.list(PathParams.campaignId(id), QueryParams.text(unit)).stream().map(ScoreView::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("count-by-unit")
    @Operation(summary = "Số dòng điểm theo đơn vị (rows per unit)")
    public Map<String, Long> countByUnit(@PathParam("id") String id) {
        return scores.countByUnit(PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("coverage")
    @Operation(summary = "Mọi đơn vị với số dòng điểm, kể cả đơn vị chưa có điểm (every unit with its rows, by level"
            + " then name)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public List<ScoreService.UnitScores> coverage(@PathParam("id") String id) {
        return scores.coverage(PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "Xuất điểm dạng CSV của scoring-lib (export in the scores CSV the scoring CLI reads)")
    public Response csv(@PathParam("id") String id, @QueryParam("level") String level) {
        long campaignId = PathParams.campaignId(id);
        String body = scores.csv(campaignId, QueryParams.text(level));
        String suffix = level == null ? "" : "-" + level.strip().toLowerCase(java.util.Locale.ROOT);
        return Downloads.attachment(body, Downloads.CSV, "diem-dot-" + campaignId + suffix + ".csv");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @PUT
    @Path("{unit}/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đặt điểm của một tiêu chí cho một đơn vị (set one row; audit-logged)")
    @APIResponse(responseCode = "200", description = "the stored row")
    @APIResponse(responseCode = "404", description = "no such campaign or unit")
    @APIResponse(responseCode = "409", description = "the campaign is published")
    @APIResponse(responseCode = "422", description = "the values do not fit the framework")
    public ScoreView put(@PathParam("id") String id, @PathParam("unit") String unit, @PathParam("item") String item,
                         ScoreChange body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        BigDecimal selfScore = decimal("selfScore", body.selfScore());
        BigDecimal appraisedScore = decimal("appraisedScore", body.appraisedScore());
        String selfFigure = QueryParams.text(body.selfFigure());
        String appraisedFigure = QueryParams.text(body.appraisedFigure());
        if (selfScore != null && selfFigure != null) {
            throw InvalidInputException.of("selfFigure", "chỉ nhập một trong hai: selfScore hoặc selfFigure");
        }
        if (appraisedScore != null && appraisedFigure != null) {
            throw InvalidInputException.of("appraisedFigure",
                    "chỉ nhập một trong hai: appraisedScore hoặc appraisedFigure");
        }
        Assessment value = Assessment.builder(unit, item)
                .selfScore(selfScore).selfFigure(selfFigure)
                .appraisedScore(appraisedScore).appraisedFigure(appraisedFigure)
                .notApplicable(Boolean.TRUE.equals(body.notApplicable()))
                .evidence(QueryParams.text(body.evidence())).explanation(QueryParams.text(body.explanation()))
                .build();
        return ScoreView.of(scores.put(PathParams.campaignId(id), value));
    }

    private static BigDecimal decimal(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Trường " + field + " không phải là số.",
                    List.of(FieldError.of(field, "không phải là số", raw)));
        }
    }
}
