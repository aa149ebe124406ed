package org.parindex.survey.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.security.application.AccountService;
import org.parindex.survey.security.domain.Account;
import org.parindex.survey.platform.Role;

/** User accounts: the caller's own (any role), and managing all of them (admins). */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Tài khoản và vai trò (user accounts and roles)")
@RequestScoped
public class AccountResource {

    private AccountService accounts;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    AccountResource() {
        // for the CDI proxy
    }

    @Inject
    public AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * An account, never its password or hash.
     *
     * @param username    user name
     * @param displayName the person's name
     * @param role        {@code admin}, {@code secretary} or {@code viewer}
     * @param roleLabel   the role in Vietnamese
     * @param enabled     whether it may log in
     * @param createdAt   when it was created
     * @param updatedAt   when it last changed
     */
    public record AccountView(String username, String displayName, String role, String roleLabel, boolean enabled,
                              LocalDateTime createdAt, LocalDateTime updatedAt) {

        static AccountView of(Account a) {
            return new AccountView(a.username(), a.displayName(), a.role().roleName(), a.role().label(),
                    a.enabled(), a.createdAt(), a.updatedAt());
        }
    }

    /** Body of {@code POST /accounts}. */
    public record NewAccount(String username, String displayName, String role, String password) {
    }

    /** Body of {@code PUT /accounts/{username}}: fields left out stay as they are. */
    public record AccountChange(String displayName, String role, Boolean enabled, String password) {
    }

    /** Body of {@code PUT /accounts/me/password}. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Tài khoản đang đăng nhập (the caller's account and role)")
    public AccountView me() {
        return AccountView.of(accounts.find(security.getUserPrincipal().getName()));
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SECRETARY_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Đổi mật khẩu của mình (change one's own password)")
    public Response changeOwnPassword(PasswordChange body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        accounts.changeOwnPassword(security.getUserPrincipal().getName(), body.currentPassword(),
                body.newPassword());
        return Response.noContent().build();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @GET
    @Operation(summary = "Mọi tài khoản (every account; admins)")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo tài khoản (create an account; admins)")
    public Response create(NewAccount body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        Account a = accounts.create(body.username(), body.displayName(), body.role(), body.password());
        return Response.created(uri.getAbsolutePathBuilder().path(a.username()).build())
                .entity(AccountView.of(a)).build();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @GET
    @Path("{username}")
    @Operation(summary = "Một tài khoản (one account; admins)")
    public AccountView get(@PathParam("username") String username) {
        return AccountView.of(accounts.find(username));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa tài khoản: tên, vai trò, khóa/mở, đặt lại mật khẩu (admins)")
    public AccountView update(@PathParam("username") String username, AccountChange body) {
        if (body == null) {
            throw MalformedRequestException.of("body", "thiếu nội dung JSON", null);
        }
        return AccountView.of(accounts.update(username, body.displayName(), body.role(), body.enabled(),
                body.password()));
    }
}
