package org.parindex.survey.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.invitation.application.InvitationService.BatchResult;
import org.parindex.survey.invitation.application.InvitationService.CurrentLink;
import org.parindex.survey.invitation.application.InvitationService.Summary;
import org.parindex.survey.invitation.application.InvitationService;
import org.parindex.survey.invitation.domain.InvitationStatus;
import org.parindex.survey.invitation.domain.Invitations.InviteeFilter;
import org.parindex.survey.invitation.rest.InvitationJson.BatchAnswer;
import org.parindex.survey.invitation.rest.InvitationJson.InviteBody;
import org.parindex.survey.invitation.rest.InvitationJson.InviteeView;
import org.parindex.survey.invitation.rest.InvitationJson.LinkView;
import org.parindex.survey.invitation.rest.InvitationJson.ReissueBody;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.qr.QrCodes;
import org.parindex.survey.platform.Role;

/**
 * Invitations of a campaign: invite a group or everyone in one call, follow the respondents' statuses, reissue or
 * revoke a link, and get a link as QR code (PNG, SVG) or a group's printable card sheet (PDF). A link lets whoever
 * holds it answer in the respondent's name: only admins and secretaries read links, and every read is audit-logged
 * by the service.
 */
@Path("campaigns/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "invitations", description = "Thư mời, liên kết riêng và mã QR (invitations, links, QR codes)")
@RequestScoped
public class InvitationResource {

    private InvitationService invitations;

    @Context
    UriInfo uri;

    InvitationResource() {
        // for the CDI proxy
    }

    @Inject
    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mời một nhóm hoặc tất cả (invite a group, or everyone without \"group\")",
            description = "Issues a link to each respondent who has none and queues their invitation mail in the same"
                    + " transaction; already invited respondents are skipped. Answers 202 with the batch, whose"
                    + " progress (queued, sent, failed) is at the Location while the worker sends.")
    @APIResponse(responseCode = "202", description = "links issued, mails queued; Location is the batch's progress")
    @APIResponse(responseCode = "200", description = "links issued, nothing to mail")
    @APIResponse(responseCode = "404", description = "no such campaign")
    @APIResponse(responseCode = "409", description = "the campaign is not OPEN")
    @APIResponse(responseCode = "422", description = "unknown group")
    public Response invite(@PathParam("id") String id, InviteBody body) {
        InviteBody b = body == null ? new InviteBody(null, null) : body;
        long campaignId = PathParams.campaignId(id);
        return accepted(uri, invitations.invite(campaignId, b.group(), b.mail()));
    }

    /** 202 with the batch's progress at the Location, or 200 when no mail was queued. */
    static Response accepted(UriInfo uri, BatchResult result) {
        BatchAnswer answer = BatchAnswer.of(result);
        if (answer.batch() == null) {
            return Response.ok(answer).build();
        }
        String href = answer.batch().href();
        return Response.accepted(answer).location(uri.getBaseUri().resolve(href.substring(href.indexOf('/') + 1)))
                .build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Người được điều tra và trạng thái mời (respondents with their invitation status)")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Page<InviteeView> list(@PathParam("id") String id,
                                  @Parameter(description = "group code") @QueryParam("group") String group,
                                  @Parameter(description = "NOT_INVITED, INVITED, OPENED, IN_PROGRESS, SUBMITTED,"
                                          + " FAILED") @QueryParam("status") String status,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        long campaignId = PathParams.campaignId(id);
        PageRequest request = PageRequest.parse(page, size);
        InvitationStatus s = status == null || status.isBlank() ? null : InvitationStatus.parse(status)
                .orElseThrow(() -> MalformedRequestException.of("status", "phải là NOT_INVITED, INVITED, OPENED,"
                        + " IN_PROGRESS, SUBMITTED hoặc FAILED", status));
        InviteeFilter filter = new InviteeFilter(QueryParams.text(group), s);
        return Page.of(invitations.list(campaignId, filter, request.offset(), request.size()).stream()
                .map(InviteeView::of).toList(), request, invitations.count(campaignId, filter));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("summary")
    @Operation(summary = "Tổng hợp: số người theo trạng thái, theo nhóm; thư theo trạng thái (counts for the dashboard)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Summary summary(@PathParam("id") String id) {
        return invitations.summary(PathParams.campaignId(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("cards.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "Tờ thẻ mã QR khổ A4 để in (printable A4 sheet of QR cards of a group's invited respondents)")
    @APIResponse(responseCode = "200", description = "the PDF, eight cards a page")
    @APIResponse(responseCode = "404", description = "no such campaign")
    @APIResponse(responseCode = "409", description = "nobody in the group has a link yet")
    @APIResponse(responseCode = "422", description = "unknown group")
    public Response cards(@PathParam("id") String id,
                          @Parameter(description = "group code; absent: every group") @QueryParam("group")
                          String group) {
        long campaignId = PathParams.campaignId(id);
        byte[] pdf = invitations.cardSheet(campaignId, QueryParams.text(group));
        String name = "the-qr-" + campaignId + (group == null || group.isBlank() ? "" : "-" + group.strip()) + ".pdf";
        return Downloads.inline(pdf, Downloads.PDF, name);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{respondentId}")
    @Operation(summary = "Trạng thái mời của một người (one respondent's invitation)")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    public InviteeView get(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        return InviteeView.of(invitations.find(PathParams.campaignId(id), InvitationJson.respondentId(respondentId)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("{respondentId}/link")
    @Operation(summary = "Liên kết và mã phiếu hiện tại (the respondent's current link and short code)")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "not invited: no link")
    public LinkView link(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        long campaignId = PathParams.campaignId(id);
        return LinkView.of(campaignId, invitations.link(campaignId, InvitationJson.respondentId(respondentId),
                "liên kết và mã phiếu"));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("{respondentId}/qr.png")
    @Produces("image/png")
    @Operation(summary = "Mã QR của liên kết, PNG (the link as a QR code, PNG)")
    @APIResponse(responseCode = "200", description = "the PNG")
    @APIResponse(responseCode = "400", description = "size out of range")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "not invited: no link")
    public Response png(@PathParam("id") String id, @PathParam("respondentId") String respondentId,
                        @Parameter(description = "width in pixels, 64–2048, default 512") @QueryParam("size")
                        String size) {
        int pixels = QueryParams.integer("size", size, 512, QrCodes.MIN_PIXELS, QrCodes.MAX_PIXELS);
        CurrentLink l = current(id, respondentId, "mã QR PNG");
        return image(QrCodes.png(l.link(), pixels), "image/png", l, "png");
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("{respondentId}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Mã QR của liên kết, SVG (the link as a QR code, SVG)")
    @APIResponse(responseCode = "200", description = "the SVG")
    @APIResponse(responseCode = "400", description = "mm out of range")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "not invited: no link")
    public Response svg(@PathParam("id") String id, @PathParam("respondentId") String respondentId,
                        @Parameter(description = "printed width in millimetres, 10–300, default 40")
                        @QueryParam("mm") String mm) {
        int millimetres = QueryParams.integer("mm", mm, 40, 10, 300);
        CurrentLink l = current(id, respondentId, "mã QR SVG");
        return image(QrCodes.svg(l.link(), millimetres), "image/svg+xml;charset=UTF-8", l, "svg");
    }

    private CurrentLink current(String id, String respondentId, String form) {
        return invitations.link(PathParams.campaignId(id), InvitationJson.respondentId(respondentId), form);
    }

    private static Response image(Object entity, String type, CurrentLink l, String extension) {
        return Response.fromResponse(Downloads.inline(entity, type, "qr-" + l.invitee().respondent().id() + "."
                + extension)).header("Cache-Control", "no-store").build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("{respondentId}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cấp lại liên kết (new link; the old one and its code stop working at once)",
            description = "Mails still queued with the old link are cancelled; with sendMail (default true) the new"
                    + " link is mailed.")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "not invited, already submitted, or the campaign is not OPEN")
    public InviteeView reissue(@PathParam("id") String id, @PathParam("respondentId") String respondentId,
                               ReissueBody body) {
        boolean mail = body == null || body.sendMail() == null || body.sendMail();
        return InviteeView.of(invitations.reissue(PathParams.campaignId(id), InvitationJson.respondentId(respondentId),
                mail));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @DELETE
    @Path("{respondentId}")
    @Operation(summary = "Thu hồi liên kết (revoke the link: it stops working, the respondent is NOT_INVITED)")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "not invited, or already submitted")
    public InviteeView revoke(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        return InviteeView.of(invitations.revoke(PathParams.campaignId(id), InvitationJson.respondentId(respondentId)));
    }
}
