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
import jakarta.transaction.Transactional;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.dashboard.application.DashboardService;
import org.parindex.survey.dashboard.application.DemoAnswers;
import org.parindex.survey.dashboard.application.DashboardService.Overview;
import org.parindex.survey.dashboard.application.RespondentStatus;
import org.parindex.survey.invitation.application.InvitationService;
import org.parindex.survey.mail.application.OutboxService;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.security.domain.Role;

/**
 * The dashboard of a campaign and its actions: invite a group, send reminders and follow their progress, the QR
 * card sheet, the respondents' status as CSV or XLSX. The actions use the invitations' services and are
 * audit-logged.
 */
@Path("campaigns/{id}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard", description = "Bảng theo dõi đợt điều tra (dashboard)")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
public class DashboardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DashboardService dashboard;
    private RespondentStatus status;
    private InvitationService invitations;
    private OutboxService outbox;
    private AuditTrail audit;
    private DemoAnswers demo;

    DashboardResource() {
        // for the CDI proxy
    }

    @Inject
    public DashboardResource(DashboardService dashboard, RespondentStatus status, InvitationService invitations,
                             OutboxService outbox, AuditTrail audit, DemoAnswers demo) {
        this.dashboard = dashboard;
        this.status = status;
        this.invitations = invitations;
        this.outbox = outbox;
        this.audit = audit;
        this.demo = demo;
    }

    /** Body of the invite and remind actions: a group code, or none for every group. */
    public record GroupAction(String group) {
    }

    /**
     * What an invite or remind action did, and its batch of mails.
     *
     * @param considered respondents looked at
     * @param done       respondents invited or reminded now
     * @param skipped    respondents left out, by reason
     * @param batch      the batch of mails queued, or null when none was
     */
    public record ActionResult(int considered, int done, Map<String, Integer> skipped, BatchProgress batch) {

        static ActionResult of(InvitationService.BatchResult r) {
            return new ActionResult(r.considered(), r.done(), r.skipped(), r.progress() == null ? null
                    : BatchProgress.of(r.progress()));
        }
    }

    /** How far a batch of mails has come. */
    public record BatchProgress(long id, long total, long queued, long sent, long failed, long cancelled,
                                boolean done) {

        static BatchProgress of(OutboxService.Progress p) {
            return new BatchProgress(p.batch().id(), p.total(), p.queued(), p.sent(), p.failed(), p.cancelled(),
                    p.done());
        }
    }

    @GET
    @Operation(summary = "Số liệu của bảng theo dõi (response rates, quotas, units' valid answers, invitation "
            + "statuses, warnings)")
    public Overview overview(@PathParam("id") String id) {
        return dashboard.overview(PathParams.campaignId(id));
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Transactional
    @Operation(summary = "Mời một nhóm (invite a group, or everyone, by e-mail)")
    public ActionResult invite(@PathParam("id") String id, GroupAction body) {
        long campaignId = PathParams.campaignId(id);
        String group = body == null ? null : QueryParams.text(body.group());
        InvitationService.BatchResult r = invitations.invite(campaignId, group, true);
        audit.record(AuditAction.INVITATIONS_SENT, campaignId, group == null ? "mọi nhóm" : "nhóm " + group,
                r.done() + " người được mời" + skipped(r.skipped()));
        return ActionResult.of(r);
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Transactional
    @Operation(summary = "Gửi thư nhắc (remind those who have not answered, of a group or everyone)")
    public ActionResult remind(@PathParam("id") String id, GroupAction body) {
        long campaignId = PathParams.campaignId(id);
        String group = body == null ? null : QueryParams.text(body.group());
        InvitationService.BatchResult r = invitations.remind(campaignId, group);
        audit.record(AuditAction.REMINDERS_SENT, campaignId, group == null ? "mọi nhóm" : "nhóm " + group,
                r.done() + " thư nhắc" + skipped(r.skipped()));
        return ActionResult.of(r);
    }

    @GET
    @Path("batches/{batchId}")
    @Operation(summary = "Tiến độ gửi một đợt thư (progress of a batch of mails)")
    public BatchProgress batch(@PathParam("id") String id, @PathParam("batchId") String batchId) {
        return BatchProgress.of(outbox.progress(PathParams.campaignId(id), PathParams.id("đợt gửi thư", batchId)));
    }

    @GET
    @Path("qr-sheet")
    @Produces("application/pdf")
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Transactional
    @Operation(summary = "Phiếu mã QR để in (A4 QR cards of a group's invited respondents)")
    public Response qrSheet(@PathParam("id") String id, @QueryParam("group") String group) {
        long campaignId = PathParams.campaignId(id);
        String g = QueryParams.text(group);
        byte[] pdf = invitations.cardSheet(campaignId, g);
        audit.record(AuditAction.QR_SHEET_DOWNLOADED, campaignId, g == null ? "mọi nhóm" : "nhóm " + g, null);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"ma-qr-dot-"
                + campaignId + (g == null ? "" : "-" + g.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "_"))
                + ".pdf\"").build();
    }

    @GET
    @Path("respondents.csv")
    @Produces("text/csv;charset=UTF-8")
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Operation(summary = "Trạng thái người được điều tra, CSV (who has answered, never what)")
    public Response statusCsv(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Response.ok(status.csv(campaignId), "text/csv;charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"trang-thai-dot-" + campaignId + ".csv\"").build();
    }

    @GET
    @Path("respondents.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @Operation(summary = "Trạng thái người được điều tra, XLSX")
    public Response statusXlsx(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        return Response.ok(status.xlsx(campaignId), XLSX).header("Content-Disposition",
                "attachment; filename=\"trang-thai-dot-" + campaignId + ".xlsx\"").build();
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
        return new DemoResult(demo.submit(PathParams.campaignId(id), count));
    }

    private static String skipped(Map<String, Integer> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("; bỏ qua: ");
        skipped.forEach((reason, n) -> s.append(reason).append(' ').append(n).append(", "));
        return s.substring(0, s.length() - 2);
    }
}
