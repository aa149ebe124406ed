package org.parindex.survey.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * Enforces {@link RolesAllowed} on the secretariat's resource methods (the method's annotation, else its class's):
 * a caller in none of the roles gets a 403 problem with a Vietnamese detail. It runs just before the container's
 * own check of the same annotation (Jersey's, which would answer a bare "Forbidden").
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new RoleCheck(roles.value()), Priorities.AUTHORIZATION - 1);
        }
    }

    /** The check of one method. */
    static final class RoleCheck implements ContainerRequestFilter {

        private final String[] roles;

        RoleCheck(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            for (String role : roles) {
                if (request.getSecurityContext().isUserInRole(role)) {
                    return;
                }
            }
            throw new Forbidden();
        }
    }

    /** 403: the caller's role does not allow this. */
    static final class Forbidden extends ProblemException {

        private static final long serialVersionUID = 1L;

        Forbidden() {
            super("Vai trò của tài khoản không cho phép thao tác này.", List.of());
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String kind() {
            return "forbidden";
        }

        @Override
        public String title() {
            return "Không có quyền (Forbidden)";
        }
    }
}
