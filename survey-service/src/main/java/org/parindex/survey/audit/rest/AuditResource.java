package org.parindex.survey.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.audit.domain.AuditLog.AuditFilter;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.platform.Role;

/** The audit log: who did what, newest first. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Nhật ký thao tác (audit log)")
@RequestScoped
public class AuditResource {

    private AuditTrail audit;

    AuditResource() {
        // for the CDI proxy
    }

    @Inject
    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * One entry.
     *
     * @param id          its number
     * @param at          when
     * @param actor       who
     * @param action      what, as a code
     * @param actionLabel what, in Vietnamese
     * @param campaignId  the campaign concerned, or null
     * @param target      on what, or null
     * @param detail      details, or null
     */
    public record EntryView(long id, LocalDateTime at, String actor, String action, String actionLabel,
                            Long campaignId, String target, String detail) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.action().label(),
                    e.campaignId().orElse(null), e.target().orElse(null), e.detail().orElse(null));
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @GET
    @Operation(summary = "Nhật ký thao tác (audit entries), newest first; filter by campaign, action, actor")
    public Page<EntryView> list(@QueryParam("campaign") String campaign, @QueryParam("action") String action,
                                @QueryParam("actor") String actor, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Integer campaignId = QueryParams.optionalInteger("campaign", campaign, 1, Integer.MAX_VALUE);
        AuditAction a = action == null || action.isBlank() ? null : AuditAction.parse(action).orElseThrow(
                () -> MalformedRequestException.of("action", "không có thao tác này", action));
        AuditFilter filter = new AuditFilter(campaignId == null ? null : campaignId.longValue(), a,
                QueryParams.text(actor));
        return Page.of(audit.list(filter, request.offset(), request.size()).stream().map(EntryView::of).toList(),
                request, audit.count(filter));
    }
}
