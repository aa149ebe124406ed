package org.parindex.survey.unit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.platform.rest.Page;
import org.parindex.survey.platform.rest.PageRequest;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.platform.rest.Uploads;
import org.parindex.survey.platform.Role;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.unit.application.UnitService;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units.UnitFilter;

/** The units of a campaign: list, read, import from CSV or XLSX. */
@Path("campaigns/{id}/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "Đơn vị (units)")
@RequestScoped
public class UnitResource {

    private UnitService units;

    UnitResource() {
        // for the CDI proxy
    }

    @Inject
    public UnitResource(UnitService units) {
        this.units = units;
    }

    /** A unit as the API shows it. */
    public record UnitView(String code, String name, String level, String parent) {

        static UnitView of(Unit u) {
            return new UnitView(u.code(), u.name(), u.level(), u.parent().orElse(null));
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Danh sách đơn vị (list units), by level then code")
    @APIResponse(responseCode = "400", description = "a query parameter is malformed")
    @APIResponse(responseCode = "404", description = "no such campaign")
    public Page<UnitView> list(@PathParam("id") String id,
                               @Parameter(description = "level code, e.g. DISTRICT") @QueryParam("level") String level,
                               @Parameter(description = "parent unit code") @QueryParam("parent") String parent,
                               @Parameter(description = "part of the code or name") @QueryParam("q") String q,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        long campaignId = PathParams.campaignId(id);
        PageRequest request = PageRequest.parse(page, size);
        UnitFilter filter = new UnitFilter(QueryParams.text(level), QueryParams.text(parent), QueryParams.text(q));
        return Page.of(units.list(campaignId, filter, request.offset(), request.size()).stream()
                .map(UnitView::of).toList(), request, units.count(campaignId, filter));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{code}")
    @Operation(summary = "Một đơn vị (one unit)")
    @APIResponse(responseCode = "404", description = "no such campaign or unit")
    public UnitView get(@PathParam("id") String id, @PathParam("code") String code) {
        return UnitView.of(units.find(PathParams.campaignId(id), code));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("import")
    @Consumes({Uploads.CSV, Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Nhập đơn vị từ CSV/XLSX (import units: code,name,level,parent), draft only",
            description = "All or nothing; re-importing the same file changes nothing. ?dryRun=true only checks.")
    @APIResponse(responseCode = "200", description = "the per-row report")
    @APIResponse(responseCode = "400", description = "the file is not UTF-8 CSV or XLSX")
    @APIResponse(responseCode = "409", description = "the campaign is not a draft")
    @APIResponse(responseCode = "422", description = "rows with errors; nothing imported; the report is in the problem")
    public ImportReport importFile(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, byte[] file) {
        return units.importFile(PathParams.campaignId(id), file, QueryParams.flag("dryRun", dryRun));
    }

}
