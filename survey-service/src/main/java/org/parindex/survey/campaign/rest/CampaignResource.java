package org.parindex.survey.campaign.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.campaign.application.CampaignService;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Campaigns.CampaignFilter;
import org.parindex.survey.campaign.rest.CampaignJson.CampaignChange;
import org.parindex.survey.campaign.rest.CampaignJson.CampaignSummary;
import org.parindex.survey.campaign.rest.CampaignJson.CampaignView;
import org.parindex.survey.campaign.rest.CampaignJson.FrameworkChange;
import org.parindex.survey.campaign.rest.CampaignJson.NewCampaign;
import org.parindex.survey.campaign.rest.CampaignJson.StatusChange;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.platform.Role;

/** Campaigns (đợt đánh giá): create from a sample plan, list, read, change, move status, delete a draft. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns", description = "Đợt đánh giá (campaigns)")
@RequestScoped
public class CampaignResource {

    private CampaignService campaigns;

    @Context
    UriInfo uri;

    CampaignResource() {
        // for the CDI proxy
    }

    @Inject
    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Danh sách đợt đánh giá (list campaigns), newest year first")
    @APIResponse(responseCode = "200", description = "a page of campaigns")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed")
    public Page<CampaignSummary> list(
            @Parameter(description = "DRAFT, OPEN, CLOSED or PUBLISHED") @QueryParam("status") String status,
            @Parameter(description = "assessed year, e.g. 2023") @QueryParam("year") String year,
            @Parameter(description = "part of the province name") @QueryParam("province") String province,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        CampaignStatus s = status == null || status.isBlank() ? null : CampaignStatus.parse(status).orElseThrow(
                () -> MalformedRequestException.of("status", "phải là DRAFT, OPEN, CLOSED hoặc PUBLISHED", status));
        CampaignFilter filter = new CampaignFilter(s, QueryParams.optionalInteger("year", year, 1000, 9999),
                QueryParams.text(province));
        return Page.of(campaigns.list(filter, request.offset(), request.size()).stream()
                .map(CampaignJson::summary).toList(), request, campaigns.count(filter));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo đợt đánh giá từ kế hoạch chọn mẫu (create a draft campaign from a shipped sample plan)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    @APIResponse(responseCode = "422", description = "unknown plan, bad dates")
    public Response create(NewCampaign body) {
        NewCampaign b = required(body);
        Campaign c = campaigns.create(new CampaignService.NewCampaign(b.samplePlan(), b.name(), b.deadlines(),
                b.withUnits() == null || b.withUnits()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(view(c)).build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{id}")
    @Operation(summary = "Một đợt đánh giá: cấp, thời hạn, chỉ tiêu và cảnh báo (one campaign)")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public CampaignView get(@PathParam("id") String id) {
        return view(campaigns.find(PathParams.campaignId(id)));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi tên và thời hạn (rename, reschedule) as the status allows")
    @APIResponse(responseCode = "409", description = "the status forbids this change")
    @APIResponse(responseCode = "422", description = "bad name or dates")
    public CampaignView update(@PathParam("id") String id, CampaignChange body) {
        CampaignChange b = required(body);
        return view(campaigns.update(PathParams.campaignId(id), b.name(), b.deadlines()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chuyển trạng thái (move to the next status: DRAFT → OPEN → CLOSED → PUBLISHED)")
    @APIResponse(responseCode = "409", description = "not the next status, or conditions to open are missing")
    @APIResponse(responseCode = "422", description = "not a status")
    public CampaignView changeStatus(@PathParam("id") String id, StatusChange body) {
        StatusChange b = required(body);
        CampaignStatus target = CampaignStatus.parse(b.status()).orElseThrow(() -> InvalidInputException.of(
                "status", "phải là DRAFT, OPEN, CLOSED hoặc PUBLISHED"));
        return view(campaigns.changeStatus(PathParams.campaignId(id), target));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @PUT
    @Path("{id}/levels/{level}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi bộ chỉ số của một cấp (change the framework of a rated level), draft only")
    public CampaignView useFramework(@PathParam("id") String id, @PathParam("level") String level,
                                     FrameworkChange body) {
        return view(campaigns.useFramework(PathParams.campaignId(id), level, required(body).framework()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Xoá đợt đánh giá nháp (delete a draft campaign with its units and respondents)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "not a draft")
    public Response delete(@PathParam("id") String id) {
        campaigns.delete(PathParams.campaignId(id));
        return Response.noContent().build();
    }

    private CampaignView view(Campaign c) {
        return CampaignJson.view(c, campaigns.unitsByLevel(c.id()), campaigns.quotas(c.id()));
    }


    static <T> T required(T body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return body;
    }
}
