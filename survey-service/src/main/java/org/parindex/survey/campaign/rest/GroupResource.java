package org.parindex.survey.campaign.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.parindex.survey.campaign.rest.CampaignJson.GroupChange;
import org.parindex.survey.campaign.rest.CampaignJson.GroupList;
import org.parindex.survey.campaign.rest.CampaignJson.GroupView;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.platform.Role;

/** The respondent groups of a campaign, each with its forms and its quota against the respondents registered. */
@Path("campaigns/{id}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "groups", description = "Nhóm đối tượng điều tra và chỉ tiêu (sample groups and quotas)")
@RequestScoped
public class GroupResource {

    private CampaignService campaigns;

    GroupResource() {
        // for the CDI proxy
    }

    @Inject
    public GroupResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Nhóm đối tượng, chỉ tiêu và số đã đăng ký (groups: quota vs registered, with warnings)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public GroupList list(@PathParam("id") String id) {
        return CampaignJson.groups(campaigns.quotas(PathParams.campaignId(id)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{code}")
    @Operation(summary = "Một nhóm: phiếu, phạm vi đánh giá, chỉ tiêu theo đơn vị (one group)")
    @APIResponse(responseCode = "404", description = "no such campaign or group")
    public GroupView get(@PathParam("id") String id, @PathParam("code") String code) {
        return campaigns.quotas(PathParams.campaignId(id)).groups().stream()
                .filter(l -> l.group().code().equals(code)).findFirst()
                .map(CampaignJson::group)
                .orElseThrow(() -> new NotFoundException("nhóm đối tượng điều tra", code));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi tên và chỉ tiêu của nhóm (rename a group, change its quota), draft only")
    @APIResponse(responseCode = "409", description = "the campaign is not a draft")
    @APIResponse(responseCode = "422", description = "bad name or quota")
    public GroupView update(@PathParam("id") String id, @PathParam("code") String code, GroupChange body) {
        GroupChange b = CampaignResource.required(body);
        if (b.quota() == null) {
            throw InvalidInputException.of("quota", "bắt buộc");
        }
        long campaignId = PathParams.campaignId(id);
        campaigns.reviseGroup(campaignId, code, b.name(), b.quota());
        return get(id, code);
    }
}
