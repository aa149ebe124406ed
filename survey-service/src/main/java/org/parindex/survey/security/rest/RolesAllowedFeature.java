package org.parindex.survey.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * The one authority on who may call which resource method: the method's own {@link RolesAllowed} (a caller in none
 * of the roles gets a 403 problem with a Vietnamese detail) or {@link PermitAll} (anyone the servlet filters let
 * through). A method with neither is denied to everyone, so a new endpoint is closed until someone says who may
 * call it ({@code ResourceRolesTest} fails the build before that). Annotations on classes are not read. It runs
 * just before the container's own check of the same annotations (Jersey's, which would answer a bare
 * "Forbidden").
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            context.register(new RoleCheck(roles.value()), Priorities.AUTHORIZATION - 1);
        } else if (!method.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleCheck(new String[0]), Priorities.AUTHORIZATION - 1);
        }
    }

    /** The check of one method; without roles it lets nobody through. */
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
