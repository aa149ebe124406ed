package org.parindex.survey.campaign.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.campaign.application.CampaignService;
import org.parindex.survey.campaign.application.SecretariatContact;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.platform.Role;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.MalformedRequestException;

/**
 * Whom a campaign's respondents contact (Tổ thư ký): shown on the questionnaire page and printed on the paper
 * questionnaire. Without one, the installation's default ({@code survey.contact.*}) is used.
 */
@Path("campaigns/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns", description = "Đợt đánh giá (campaigns)")
@RequestScoped
public class ContactResource {

    private CampaignService campaigns;
    private SecretariatContact contacts;

    ContactResource() {
        // for the CDI proxy
    }

    @Inject
    public ContactResource(CampaignService campaigns, SecretariatContact contacts) {
        this.campaigns = campaigns;
        this.contacts = contacts;
    }

    /**
     * The contact: the campaign's own ({@code own}, absent when it has none) and the one respondents see.
     *
     * @param own    the campaign's own contact, or null
     * @param shown  what respondents are shown (own, else the installation's default), or null when neither exists
     */
    public record ContactView(Contact own, Contact shown) {

        static ContactView of(Campaign c, SecretariatContact contacts) {
            return new ContactView(c.contact().orElse(null), contacts.of(c).orElse(null));
        }
    }

    /** The body of a PUT, checked by {@link Contact}. */
    public record ContactChange(String name, String phone, String email) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Thông tin liên hệ Tổ thư ký của đợt đánh giá (the contact respondents see)")
    public ContactView get(@PathParam("id") String id) {
        return ContactView.of(campaigns.find(PathParams.campaignId(id)), contacts);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đặt thông tin liên hệ {name, phone, email} (name and a phone or an e-mail)")
    @APIResponse(responseCode = "422", description = "a field is missing or malformed, named contact.*")
    @APIResponse(responseCode = "409", description = "the campaign is published")
    public ContactView put(@PathParam("id") String id, ContactChange body) {
        if (body == null) {
            throw MalformedRequestException.of("contact", "thiếu thông tin liên hệ {name, phone, email}", null);
        }
        Contact contact = new Contact(body.name(), body.phone(), body.email()); // 422 naming contact.*
        return ContactView.of(campaigns.changeContact(PathParams.campaignId(id), contact), contacts);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @DELETE
    @Operation(summary = "Bỏ thông tin liên hệ riêng (the installation's default is shown)")
    public ContactView delete(@PathParam("id") String id) {
        return ContactView.of(campaigns.changeContact(PathParams.campaignId(id), null), contacts);
    }
}
