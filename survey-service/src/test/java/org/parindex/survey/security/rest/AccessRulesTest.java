package org.parindex.survey.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parindex.survey.security.rest.AccessRules.Verdict;

class AccessRulesTest {

    static Predicate<String> roles(String... names) {
        return Set.of(names)::contains;
    }

    static Verdict anonymous(String path) {
        return AccessRules.decide(path, false, r -> false);
    }

    @Test
    void respondentPagesHealthAndTheLoginPageNeedNoLogin() {
        assertThat(anonymous("/q/abc123")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/q/api/abc123/draft")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/link/ABCD-EFGH")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/health/ready")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/login.html")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/login")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/assets/admin.css")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/assets/admin.js")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/assets/page-login.js")).as("the login page's own script").isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/assets/page-dashboard.js")).isEqualTo(Verdict.LOGIN_PAGE);
    }

    @Test
    void pagesWithoutLoginGoToTheLoginPageAndTheApiAnswers401() {
        assertThat(anonymous("/admin/")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/admin")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/admin/results.html")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/api/audit")).isEqualTo(Verdict.LOGIN_API);
        assertThat(anonymous("/api/campaigns")).isEqualTo(Verdict.LOGIN_API);
        assertThat(anonymous("/api")).isEqualTo(Verdict.LOGIN_API);
    }

    @Test
    void anUnknownAdminPathNeedsALoginLikeAnyPage() {
        assertThat(anonymous("/admin/assets/other.js")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/admin/login.html.bak")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/admin/users.html/")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("/admin/WEB-INF/web.xml")).isEqualTo(Verdict.LOGIN_PAGE);
    }

    @Test
    void aViewerSeesTheDashboardButNotUsersPaperOrAudit() {
        Predicate<String> viewer = roles("viewer");
        assertThat(AccessRules.decide("/admin/dashboard.html", true, viewer)).isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("/admin/users.html", true, viewer)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("/admin/paper.html", true, viewer)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("/admin/audit.html", true, viewer)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("/admin/users.html", true, roles("secretary"))).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("/admin/users.html", true, roles("admin"))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void theApiOnlyDemandsALoginAndLeavesRolesToTheResourceMethods() {
        assertThat(AccessRules.decide("/api/campaigns/1/status", true, roles("viewer"))).isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("/api/campaigns", true, r -> false)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aLoginWithoutAnyRoleSeesNoPage() {
        assertThat(AccessRules.decide("/admin/", true, r -> false)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void prefixesAreWholeSegments() {
        assertThat(anonymous("/administration")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/apis")).isEqualTo(Verdict.OPEN);
    }

    @Test
    void unitOfficersAndAppraisersReachOnlyTheirOwnPages() {
        for (String role : new String[] {"officer", "appraiser"}) {
            Predicate<String> r = roles(role);
            assertThat(AccessRules.decide("/admin/selfassess.html", true, r)).as(role).isEqualTo(Verdict.ALLOWED);
            assertThat(AccessRules.decide("/admin/appraisal.html", true, r)).as(role).isEqualTo(Verdict.ALLOWED);
            assertThat(AccessRules.decide("/admin/assets/dossier.js", true, r)).as(role).isEqualTo(Verdict.ALLOWED);
            for (String page : new String[] {"/admin/", "/admin/index.html", "/admin/dashboard.html",
                "/admin/results.html", "/admin/users.html", "/admin/audit.html", "/admin/assets/page-dashboard.js"}) {
                assertThat(AccessRules.decide(page, true, r)).as(role + " " + page).isEqualTo(Verdict.FORBIDDEN);
            }
        }
        assertThat(anonymous("/admin/activate.html")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/activate")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("/admin/selfassess.html")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(AccessRules.decide("/admin/selfassess.html", true, roles("viewer"))).isEqualTo(Verdict.ALLOWED);
    }
}
