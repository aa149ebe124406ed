package org.parindex.survey.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.invitation.application.TemplateService;
import org.parindex.survey.invitation.domain.MailKind;
import org.parindex.survey.invitation.domain.MailTemplate.RenderedMail;
import org.parindex.survey.invitation.domain.MailTemplate;
import org.parindex.survey.invitation.rest.InvitationJson.Preview;
import org.parindex.survey.invitation.rest.InvitationJson.TemplateBody;
import org.parindex.survey.invitation.rest.InvitationJson.TemplateList;
import org.parindex.survey.invitation.rest.InvitationJson.TemplateView;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.respondent.application.RespondentService;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.platform.Role;

/**
 * The mail templates of a campaign, per kind (INVITATION, REMINDER) and group ({@code ?group=CODE}; without it the
 * campaign's own, used by every group that has none): read, write, reset to the default, preview.
 */
@Path("campaigns/{id}/mail-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mail templates", description = "Mẫu thư mời và thư nhắc (mail templates)")
@RequestScoped
public class MailTemplateResource {

    private TemplateService templates;
    private RespondentService respondents;

    MailTemplateResource() {
        // for the CDI proxy
    }

    @Inject
    public MailTemplateResource(TemplateService templates, RespondentService respondents) {
        this.templates = templates;
        this.respondents = respondents;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Các mẫu thư đang dùng và các trường thay thế (templates in use, and the placeholders)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public TemplateList list(@PathParam("id") String id) {
        return TemplateList.of(templates.overview(PathParams.campaignId(id)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{kind}")
    @Operation(summary = "Mẫu thư đang dùng cho một nhóm (the template a group gets, and whose it is)")
    @APIResponse(responseCode = "404", description = "no such campaign, kind or group")
    public TemplateView get(@PathParam("id") String id, @PathParam("kind") String kind,
                            @Parameter(description = "group code; absent: the campaign's own") @QueryParam("group")
                            String group) {
        return TemplateView.of(templates.effective(PathParams.campaignId(id), group, kind(kind)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Viết mẫu thư (write the template of the campaign or of one group)",
            description = "subject, html and text are required; both bodies must contain {{link}}; only the listed"
                    + " placeholders are allowed.")
    @APIResponse(responseCode = "404", description = "no such campaign, kind or group")
    @APIResponse(responseCode = "422", description = "a field is missing, too long or has an unknown placeholder")
    public TemplateView put(@PathParam("id") String id, @PathParam("kind") String kind,
                            @QueryParam("group") String group, TemplateBody body) {
        if (body == null) {
            throw InvitationJson.missingBody();
        }
        return TemplateView.of(templates.save(PathParams.campaignId(id), group, kind(kind),
                MailTemplate.of(body.subject(), body.html(), body.text())));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @DELETE
    @Path("{kind}")
    @Operation(summary = "Bỏ mẫu thư riêng (remove a template: the campaign's or the default applies again)")
    @APIResponse(responseCode = "404", description = "no such campaign, kind or group")
    public TemplateView reset(@PathParam("id") String id, @PathParam("kind") String kind,
                              @QueryParam("group") String group) {
        return TemplateView.of(templates.reset(PathParams.campaignId(id), group, kind(kind)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("{kind}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xem trước thư (preview a mail: the template in use, or the one in the body)",
            description = "With ?respondent=ID the mail is filled in with that respondent's details; the link and"
                    + " code are always examples, never a real respondent's.")
    @APIResponse(responseCode = "404", description = "no such campaign, kind, group or respondent")
    @APIResponse(responseCode = "422", description = "the template in the body is not valid")
    public Preview preview(@PathParam("id") String id, @PathParam("kind") String kind,
                           @QueryParam("group") String group,
                           @Parameter(description = "respondent id to fill in") @QueryParam("respondent")
                           String respondent, TemplateBody body) {
        long campaignId = PathParams.campaignId(id);
        Respondent r = respondent == null || respondent.isBlank() ? null
                : respondents.find(campaignId, InvitationJson.respondentId(respondent));
        String g = group == null && r != null ? r.group().code() : group;
        MailTemplate draft = body == null || (body.subject() == null && body.html() == null && body.text() == null)
                ? null : MailTemplate.of(body.subject(), body.html(), body.text());
        RenderedMail mail = templates.preview(campaignId, g, kind(kind), draft, r);
        return new Preview(mail.subject(), mail.html(), mail.text());
    }

    private static MailKind kind(String raw) {
        return MailKind.parse(raw).orElseThrow(() -> new NotFoundException("loại mẫu thư (INVITATION, REMINDER)",
                raw));
    }
}
