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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.dashboard.application.DashboardService.Overview;
import org.parindex.survey.dashboard.application.DashboardService;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.Role;

/**
 * The dashboard of a campaign: its figures, the respondents' status as CSV or XLSX, simulated answers in demo mode;
 * a thin layer over {@link DashboardService}.
 * Inviting, reminding, their progress and the QR card sheet are the invitations' and the outbox's endpoints.
 */
@Path("campaigns/{id}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard", description = "Bảng theo dõi đợt điều tra (dashboard)")
@RequestScoped
public class DashboardResource {

    private DashboardService dashboard;

    DashboardResource() {
        // for the CDI proxy
    }

    @Inject
    public DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Số liệu của bảng theo dõi (response rates, quotas, units' valid answers, invitation "
            + "statuses, warnings)")
    public Overview overview(@PathParam("id") String id) {
        return dashboard.overview(PathParams.campaignId(id));
    }

    @GET
    @Path("respondents.csv")
    @Produces(Downloads.CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Operation(summary = "Trạng thái người được điều tra, CSV (who has answered, never what)")
    public Response statusCsv(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Downloads.attachment(dashboard.respondentStatusCsv(campaignId), Downloads.CSV,
                "trang-thai-dot-" + campaignId + ".csv");
    }

    @GET
    @Path("respondents.xlsx")
    @Produces(Downloads.XLSX)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Operation(summary = "Trạng thái người được điều tra, XLSX")
    public Response statusXlsx(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Downloads.attachment(dashboard.respondentStatusXlsx(campaignId), Downloads.XLSX,
                "trang-thai-dot-" + campaignId + ".xlsx");
    }

    /** Body of the demo action: how many respondents should answer. */
    public record DemoRequest(Integer count) {
    }

    /** What the demo action did. */
    public record DemoResult(int submitted) {
    }

    @POST
    @Path("demo-answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Operation(summary = "Dữ liệu mẫu: nộp phiếu mô phỏng cho một số người chưa trả lời (demo mode only)")
    public DemoResult demoAnswers(@PathParam("id") String id, DemoRequest body) {
        int count = body == null || body.count() == null ? 10 : body.count();
        return new DemoResult(dashboard.demoAnswers(PathParams.campaignId(id), count));
    }
}
