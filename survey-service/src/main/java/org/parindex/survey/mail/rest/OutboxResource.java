package org.parindex.survey.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.mail.application.OutboxService.MailFile;
import org.parindex.survey.mail.application.OutboxService;
import org.parindex.survey.mail.domain.MailStatus;
import org.parindex.survey.mail.rest.OutboxJson.BatchView;
import org.parindex.survey.mail.rest.OutboxJson.MailView;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.Downloads;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.platform.Role;

/**
 * The outbox of a campaign: its mails with status and failure reason, the progress of a batch while it is sent,
 * failed mails back to the queue, and the {@code .eml} files written when there is no SMTP server.
 */
@Path("campaigns/{id}/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outbox", description = "Hộp thư đi: thư mời, thư nhắc và tiến độ gửi (outbox and sending progress)")
@RequestScoped
public class OutboxResource {

    private OutboxService outbox;

    OutboxResource() {
        // for the CDI proxy
    }

    @Inject
    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    /**
     * The outbox at a glance.
     *
     * @param counts mails per status
     * @param items  one page of mails, newest first
     */
    public record OutboxPage(Map<MailStatus, Long> counts, Page<MailView> items) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Thư trong hộp thư đi (mails of the campaign, newest first, with status and SMTP reason)")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public OutboxPage list(@PathParam("id") String id,
                           @Parameter(description = "QUEUED, SENT, FAILED or CANCELLED") @QueryParam("status")
                           String status,
                           @Parameter(description = "only the mails of this batch") @QueryParam("batch") String batch,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        long campaignId = PathParams.campaignId(id);
        PageRequest request = PageRequest.parse(page, size);
        MailStatus s = status == null || status.isBlank() ? null : MailStatus.parse(status).orElseThrow(
                () -> MalformedRequestException.of("status", "phải là QUEUED, SENT, FAILED hoặc CANCELLED", status));
        Long b = batch == null || batch.isBlank() ? null : parseId("batch", batch);
        List<MailView> items = outbox.list(campaignId, s, b, request.offset(), request.size()).stream()
                .map(MailView::of).toList();
        return new OutboxPage(outbox.counts(campaignId), Page.of(items, request, outbox.count(campaignId, s, b)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("batches/{batchId}")
    @Operation(summary = "Tiến độ một đợt gửi (progress of a batch: queued, sent, failed) — poll it while it runs")
    @APIResponse(responseCode = "404", description = "no such campaign or batch")
    public BatchView batch(@PathParam("id") String id, @PathParam("batchId") String batchId) {
        return BatchView.of(outbox.progress(PathParams.campaignId(id), PathParams.id("đợt gửi thư", batchId)));
    }

    /**
     * Mails put back in the queue.
     *
     * @param requeued how many
     */
    public record Requeued(int requeued) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("retry")
    @Operation(summary = "Gửi lại các thư thất bại (put every FAILED mail back in the queue)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Requeued retry(@PathParam("id") String id) {
        return new Requeued(outbox.retryFailed(PathParams.campaignId(id)));
    }

    /**
     * The {@code .eml} files of the campaign.
     *
     * @param writesFiles whether mails go to files now (no SMTP server configured)
     * @param folder      the folder on the server
     * @param files       the files, newest first
     */
    public record FileList(boolean writesFiles, String folder, List<FileView> files) {
    }

    /**
     * One {@code .eml} file.
     *
     * @param name     file name
     * @param size     bytes
     * @param modified when written
     * @param href     where to download it, relative to the context root
     */
    public record FileView(String name, long size, LocalDateTime modified, String href) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("files")
    @Operation(summary = "Tệp .eml trong thư mục hộp thư đi (mails written as files when no SMTP server is set)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public FileList files(@PathParam("id") String id) {
        long campaignId = PathParams.campaignId(id);
        List<MailFile> files = outbox.files(campaignId);
        return new FileList(outbox.writesFiles(), outbox.folder(campaignId).toString(), files.stream()
                .map(f -> new FileView(f.name(), f.size(), f.modified(),
                        "api/campaigns/" + campaignId + "/outbox/files/" + f.name()))
                .toList());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Path("files/{name}")
    @Produces("message/rfc822")
    @Operation(summary = "Một tệp .eml (one mail file; opens in any mail program)")
    @APIResponse(responseCode = "404", description = "no such campaign or file")
    public Response file(@PathParam("id") String id, @PathParam("name") String name) {
        InputStream in = outbox.file(PathParams.campaignId(id), name);
        return Downloads.attachment(in, "message/rfc822", name);
    }

    private static long parseId(String field, String raw) {
        try {
            long v = Long.parseLong(raw.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw MalformedRequestException.of(field, "phải là số nguyên dương", raw);
    }
}
