package org.parindex.survey.platform;

import java.util.Optional;

/**
 * What a user may do. The role names are the groups of the identity store and the roles of the application, which
 * every resource names in {@code @RolesAllowed}; the security capability gives them to accounts. It sits in
 * {@code platform}, below every capability, so that naming a role does not make a capability depend on security.
 */
public enum Role {
    /** Manages campaigns and user accounts; may do everything a secretary does. */
    ADMIN(Role.ADMIN_NAME, "Quản trị"),
    /** Runs a campaign: respondents, invitations, paper questionnaires, scores, publication. */
    SECRETARY(Role.SECRETARY_NAME, "Tổ thư ký"),
    /** A council member: reads the dashboard and the results. */
    VIEWER(Role.VIEWER_NAME, "Thành viên Hội đồng (chỉ xem)"),
    /** A unit's PAR officer: self-assesses their own unit only (campaign membership says which). */
    OFFICER(Role.OFFICER_NAME, "Cán bộ đầu mối CCHC của đơn vị"),
    /** A member of an appraisal council: appraises the units of the levels (and areas) assigned to them. */
    APPRAISER(Role.APPRAISER_NAME, "Thành viên tổ thẩm định");

    public static final String ADMIN_NAME = "admin";
    public static final String SECRETARY_NAME = "secretary";
    public static final String VIEWER_NAME = "viewer";
    public static final String OFFICER_NAME = "officer";
    public static final String APPRAISER_NAME = "appraiser";

    private final String roleName;
    private final String label;

    Role(String roleName, String label) {
        this.roleName = roleName;
        this.label = label;
    }

    /** The role's name, e.g. {@code "secretary"}. */
    public String roleName() {
        return roleName;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** Parses a role name or constant, e.g. {@code "secretary"} or {@code "SECRETARY"}. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.roleName.equalsIgnoreCase(name.strip()) || r.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
