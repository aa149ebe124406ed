package org.parindex.survey.membership.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.parindex.survey.platform.Role;

/**
 * Who is calling: the user name and roles the security layer established. Application services take it as an
 * argument, so that what a unit's officer or an appraiser may reach is decided (and tested) there.
 *
 * @param username the caller's user name
 * @param roles    the caller's roles
 */
public record Caller(String username, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(username, "username == null");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller whose roles {@code inRole} answers by role name. */
    public static Caller of(String username, Predicate<String> inRole) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (inRole.test(r.roleName())) {
                roles.add(r);
            }
        }
        return new Caller(username, roles);
    }

    /** A caller with one role. */
    public static Caller as(String username, Role role) {
        return new Caller(username, Set.of(role));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller runs campaigns (admin, secretary). */
    public boolean runsCampaigns() {
        return is(Role.ADMIN) || is(Role.SECRETARY);
    }

    /** Whether the caller may read every unit's dossier (the secretariat and the council's viewers). */
    public boolean readsEverything() {
        return runsCampaigns() || is(Role.VIEWER);
    }
}
