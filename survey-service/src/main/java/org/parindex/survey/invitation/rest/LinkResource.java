package org.parindex.survey.invitation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.invitation.application.LinkService;
import org.parindex.survey.invitation.application.LinkService.Link;
import org.parindex.survey.invitation.rest.InvitationJson.LinkAnswer;
import org.parindex.survey.platform.web.ClientAddress;
import org.parindex.survey.respondent.domain.Respondent;

/**
 * What a respondent's link or short code stands for: {@code GET /link/<token>} or {@code GET /link/<code>}. Answers
 * 404 for an unknown one, 410 for a revoked one, 429 after too many unknown ones from one client; changes nothing
 * (the questionnaire page marks a respondent OPENED).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "links", description = "Kiểm tra liên kết hoặc mã phiếu (what a link or short code stands for)")
@RequestScoped
public class LinkResource {

    private LinkService links;
    private ClientAddress clients;

    @Context
    HttpServletRequest request;

    LinkResource() {
        // for the CDI proxy
    }

    @Inject
    public LinkResource(LinkService links, ClientAddress clients) {
        this.links = links;
        this.clients = clients;
    }

    @PermitAll
    @GET
    @Path("{credential}")
    @Operation(summary = "Liên kết hoặc mã phiếu này của ai (whose questionnaire a token or short code opens)")
    @APIResponse(responseCode = "200", description = "VALID, NOT_YET_OPEN or CLOSED, with the respondent")
    @APIResponse(responseCode = "404", description = "no such link or code")
    @APIResponse(responseCode = "410", description = "the link was revoked")
    @APIResponse(responseCode = "429", description = "too many unknown links or codes from this client")
    public LinkAnswer get(@PathParam("credential") String credential) {
        Link link = links.resolve(credential, clients.of(request));
        Respondent p = link.respondent();
        Campaign c = link.campaign();
        return new LinkAnswer(state(c.status()), link.via().name(), c.id(), c.name(), c.deadlines().surveyCloses(),
                p.id(), p.fullName(), p.group().code(), p.group().name(), link.invitation().status().name());
    }

    /** The link check's word for the campaign's status: VALID while it takes answers online. */
    private static String state(CampaignStatus status) {
        if (status.takesAnswers(Channel.ONLINE)) {
            return "VALID";
        }
        return status.surveyStarted() ? "CLOSED" : "NOT_YET_OPEN";
    }
}
