package org.parindex.survey.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.invitation.application.InvitationService;
import org.parindex.survey.invitation.rest.InvitationJson.InviteBody;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.Role;

/** Reminders to respondents who have not submitted, for one group or all. */
@Path("campaigns/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "invitations")
@RequestScoped
public class ReminderResource {

    private InvitationService invitations;

    @Context
    UriInfo uri;

    ReminderResource() {
        // for the CDI proxy
    }

    @Inject
    public ReminderResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gửi thư nhắc (remind those who have not submitted, a group or everyone)",
            description = "Skips, and counts by reason: SUBMITTED, NOT_INVITED, NO_EMAIL, MAIL_PENDING (a mail is"
                    + " still queued), CAP_REACHED (survey.invitation.reminders.max), TOO_SOON"
                    + " (survey.invitation.reminders.min-spacing since the last mail).")
    @APIResponse(responseCode = "202", description = "reminders queued; Location is the batch's progress")
    @APIResponse(responseCode = "200", description = "nobody to remind now")
    @APIResponse(responseCode = "404", description = "no such campaign")
    @APIResponse(responseCode = "409", description = "the campaign is not OPEN")
    @APIResponse(responseCode = "422", description = "unknown group")
    public Response remind(@PathParam("id") String id, InviteBody body) {
        long campaignId = PathParams.campaignId(id);
        return InvitationResource.accepted(uri,
                invitations.remind(campaignId, body == null ? null : body.group()));
    }
}
