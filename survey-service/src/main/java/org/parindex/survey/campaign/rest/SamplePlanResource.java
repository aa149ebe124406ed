package org.parindex.survey.campaign.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.scoring.SamplePlan;
import org.parindex.survey.shipped.ShippedData.ShippedPlan;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.platform.Role;

/** The sample plans shipped with the service, to create campaigns from. */
@Path("sample-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sample plans", description = "Kế hoạch chọn mẫu có sẵn (shipped sample plans)")
@RequestScoped
public class SamplePlanResource {

    private ShippedData catalog;

    SamplePlanResource() {
        // for the CDI proxy
    }

    @Inject
    public SamplePlanResource(ShippedData catalog) {
        this.catalog = catalog;
    }

    public record PlanGroup(String code, String name, String nameEn, int quota, String homeLevel) {
    }

    /** A step of the plan's timeline; {@code from} is null when the plan gives only a deadline. */
    public record PlanStep(String code, String name, java.time.LocalDate from, java.time.LocalDate to) {
    }

    public record PlanView(String name, String code, String province, int year, String source, int totalRespondents,
                    int units, List<PlanGroup> groups, List<PlanStep> timeline) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Operation(summary = "Các kế hoạch chọn mẫu có sẵn (names of the shipped sample plans)")
    public List<String> names() {
        return catalog.samplePlanNames();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @GET
    @Path("{name}")
    @Operation(summary = "Một kế hoạch chọn mẫu: nhóm và chỉ tiêu (one shipped plan with its groups and quotas)")
    public PlanView plan(@PathParam("name") String name) {
        ShippedPlan shipped = catalog.samplePlan(name).orElseThrow(() -> new NotFoundException("kế hoạch chọn mẫu", name));
        SamplePlan p = shipped.plan();
        return new PlanView(shipped.name(), p.code(), p.province(), p.year(), p.source(), p.totalRespondents(),
                shipped.units().size(), p.groups().stream()
                        .map(g -> new PlanGroup(g.code(), g.name(), g.nameEn(), g.quota(), g.homeLevel())).toList(),
                p.timeline().stream().map(m -> new PlanStep(m.code(), m.name(), m.from(), m.to())).toList());
    }
}
