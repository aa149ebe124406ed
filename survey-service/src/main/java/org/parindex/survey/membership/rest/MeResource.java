package org.parindex.survey.membership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.membership.application.MemberService;
import org.parindex.survey.platform.Role;

/** Who the caller is and which campaigns' units or levels are theirs (the officer's and appraiser's pages). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
@RequestScoped
public class MeResource {

    private MemberService members;

    MeResource() {
        // for the CDI proxy
    }

    @Inject
    public MeResource(MemberService members) {
        this.members = members;
    }

    /** The caller and their memberships. */
    public record Me(String username, List<String> roles, List<Membership> memberships) {
    }

    /** One campaign membership. */
    public record Membership(long campaignId, String role, String unit, String level, String area) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME, Role.OFFICER_NAME, Role.APPRAISER_NAME})
    @GET
    @Operation(summary = "Tài khoản đang đăng nhập và phạm vi của nó (the caller, their units and levels)")
    public Me me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return new Me(caller.username(), caller.roles().stream().map(Role::roleName).sorted().toList(),
                members.mine(caller).stream().map(m -> new Membership(m.campaignId(), m.role().roleName(),
                        m.unitCode().orElse(null), m.levelCode().orElse(null), m.areaCode().orElse(null))).toList());
    }
}
