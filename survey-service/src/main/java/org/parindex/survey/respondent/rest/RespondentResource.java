package org.parindex.survey.respondent.rest;

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
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.platform.rest.Uploads;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.respondent.application.RespondentService.Details;
import org.parindex.survey.respondent.application.RespondentService;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents.RespondentFilter;
import org.parindex.survey.platform.Role;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.unit.domain.Unit;

/** The respondents of a campaign: list, read, register, change, remove, import from CSV or XLSX. */
@Path("campaigns/{id}/respondents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "respondents", description = "Người được điều tra (respondents)")
@RequestScoped
public class RespondentResource {

    private static final String RESPONDENT = "người được điều tra";

    private RespondentService respondents;

    @Context
    UriInfo uri;

    RespondentResource() {
        // for the CDI proxy
    }

    @Inject
    public RespondentResource(RespondentService respondents) {
        this.respondents = respondents;
    }

    /**
     * Body of {@code POST} and {@code PUT}: a respondent's details, with group, home unit and (for groups registered
     * by office) office by code.
     */
    public record RespondentBody(String fullName, String position, String organisation, String email, String phone,
                                 String group, String homeUnit, String office) {

        Details details() {
            return new Details(fullName, position, organisation, email, phone, group, homeUnit, office);
        }
    }

    /** A respondent as the API shows it. */
    public record RespondentView(long id, String fullName, String position, String organisation, String email,
                                 String phone, String group, String homeUnit, String homeUnitName, String office,
                                 LocalDateTime createdAt, LocalDateTime updatedAt) {

        static RespondentView of(Respondent r) {
            return new RespondentView(r.id(), r.fullName(), r.position().orElse(null),
                    r.organisation().orElse(null), r.email().orElse(null), r.phone().orElse(null),
                    r.group().code(), r.homeUnit().map(Unit::code).orElse(null),
                    r.homeUnit().map(Unit::name).orElse(null), r.office().orElse(null), r.createdAt(),
                    r.updatedAt());
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Danh sách người được điều tra (list respondents), in registration order")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Page<RespondentView> list(@PathParam("id") String id,
                                     @Parameter(description = "group code") @QueryParam("group") String group,
                                     @Parameter(description = "home unit code") @QueryParam("homeUnit") String unit,
                                     @Parameter(description = "part of the name, e-mail or organisation")
                                     @QueryParam("q") String q,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        long campaignId = PathParams.campaignId(id);
        PageRequest request = PageRequest.parse(page, size);
        RespondentFilter filter = new RespondentFilter(QueryParams.text(group), QueryParams.text(unit),
                QueryParams.text(q));
        return Page.of(respondents.list(campaignId, filter, request.offset(), request.size()).stream()
                .map(RespondentView::of).toList(), request, respondents.count(campaignId, filter));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{respondentId}")
    @Operation(summary = "Một người được điều tra (one respondent)")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    public RespondentView get(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        return RespondentView.of(respondents.find(PathParams.campaignId(id), PathParams.id(RESPONDENT, respondentId)));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm một người (register one respondent)")
    @APIResponse(responseCode = "201", description = "registered; Location names them")
    @APIResponse(responseCode = "409", description = "the same person is registered, or the campaign is closed")
    @APIResponse(responseCode = "422", description = "bad e-mail or phone, unknown group or unit")
    public Response register(@PathParam("id") String id, RespondentBody body) {
        Respondent r = respondents.register(PathParams.campaignId(id), required(body).details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(RespondentView.of(r)).build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @PUT
    @Path("{respondentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa thông tin (replace a respondent's details)")
    @APIResponse(responseCode = "404", description = "no such campaign or respondent")
    @APIResponse(responseCode = "409", description = "another respondent has these details, or the campaign is closed")
    @APIResponse(responseCode = "422", description = "bad e-mail or phone, unknown group or unit")
    public RespondentView update(@PathParam("id") String id, @PathParam("respondentId") String respondentId,
                                 RespondentBody body) {
        return RespondentView.of(respondents.update(PathParams.campaignId(id),
                PathParams.id(RESPONDENT, respondentId), required(body).details()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @DELETE
    @Path("{respondentId}")
    @Operation(summary = "Xoá một người (remove a respondent), draft only")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "409", description = "the campaign is not a draft")
    public Response remove(@PathParam("id") String id, @PathParam("respondentId") String respondentId) {
        respondents.remove(PathParams.campaignId(id), PathParams.id(RESPONDENT, respondentId));
        return Response.noContent().build();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("import")
    @Consumes({Uploads.CSV, Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Nhập danh sách từ CSV/XLSX (import respondents)",
            description = "Columns: full_name, position, organisation, email, phone, group, home_unit (Vietnamese"
                    + " headers accepted). All or nothing; re-importing the same file changes nothing;"
                    + " ?dryRun=true only checks.")
    @APIResponse(responseCode = "200", description = "the per-row report")
    @APIResponse(responseCode = "400", description = "the file is not UTF-8 CSV or XLSX")
    @APIResponse(responseCode = "409", description = "the campaign is closed or published")
    @APIResponse(responseCode = "422", description = "rows with errors; nothing imported; the report is in the problem")
    public ImportReport importFile(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, byte[] file) {
        return respondents.importFile(PathParams.campaignId(id), file, QueryParams.flag("dryRun", dryRun));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return body;
    }
}
