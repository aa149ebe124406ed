package org.parindex.survey.membership.rest;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.membership.application.MemberService;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.platform.Role;
import org.parindex.survey.platform.rest.PathParams;
import org.parindex.survey.platform.rest.QueryParams;
import org.parindex.survey.platform.rest.Uploads;
import org.parindex.survey.tabular.ImportReport;

/** The officers and appraisers of a campaign: import, list, send a sign-in link again. */
@Path("campaigns/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Cán bộ đầu mối của đơn vị, thành viên thẩm định (unit officers, appraisers)")
@RequestScoped
public class MemberResource {

    private MemberService members;

    MemberResource() {
        // for the CDI proxy
    }

    @Inject
    public MemberResource(MemberService members) {
        this.members = members;
    }

    /** One member as listed. */
    public record MemberView(String username, String role, String unit, String level, String area, String email) {

        static MemberView of(Member m) {
            return new MemberView(m.username(), m.role().roleName(), m.unitCode().orElse(null),
                    m.levelCode().orElse(null), m.areaCode().orElse(null), m.email());
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("import")
    @Consumes({Uploads.CSV, Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Nhập cán bộ đầu mối, thành viên thẩm định từ CSV/XLSX (import members)",
            description = "Columns username, name, email, role (officer | appraiser), unit (officer), level and "
                    + "optional area (appraiser). All or nothing with a per-row report; each new account gets a "
                    + "sign-in link by e-mail through the outbox. ?dryRun=true only checks.")
    public ImportReport importFile(@PathParam("id") String id, @QueryParam("dryRun") String dryRun, byte[] file) {
        return members.importFile(PathParams.campaignId(id), file, QueryParams.flag("dryRun", dryRun));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Danh sách thành viên của đợt (members)")
    public List<MemberView> list(@PathParam("id") String id) {
        return members.list(PathParams.campaignId(id)).stream().map(MemberView::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME})
    @POST
    @Path("{username}/sign-in-link")
    @Operation(summary = "Gửi lại liên kết đặt mật khẩu (send a new sign-in link; older ones stop working)")
    public Response resend(@PathParam("id") String id, @PathParam("username") String username) {
        members.resendLink(PathParams.campaignId(id), username);
        return Response.noContent().build();
    }
}
