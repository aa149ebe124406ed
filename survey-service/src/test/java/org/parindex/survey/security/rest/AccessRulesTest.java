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

    static Verdict anonymous(String method, String path) {
        return AccessRules.decide(method, path, false, r -> false, true);
    }

    @Test
    void respondentPagesHealthAndTheLoginPageNeedNoLogin() {
        assertThat(anonymous("GET", "/q/abc123")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("PUT", "/q/api/abc123/draft")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("GET", "/link/ABCD-EFGH")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("GET", "/health/ready")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("GET", "/admin/login.html")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("POST", "/admin/login")).isEqualTo(Verdict.OPEN);
        assertThat(anonymous("GET", "/admin/assets/admin.css")).isEqualTo(Verdict.OPEN);
    }

    @Test
    void pagesWithoutLoginGoToTheLoginPageAndTheApiAnswers401() {
        assertThat(anonymous("GET", "/admin/")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("GET", "/admin")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("GET", "/admin/results.html")).isEqualTo(Verdict.LOGIN_PAGE);
        assertThat(anonymous("GET", "/api/secretariat/audit")).isEqualTo(Verdict.LOGIN_API);
        assertThat(anonymous("GET", "/api/campaigns")).isEqualTo(Verdict.LOGIN_API);
    }

    @Test
    void aViewerReadsButChangesNothingAndSeesNoUserManagement() {
        Predicate<String> viewer = roles("viewer");
        assertThat(AccessRules.decide("GET", "/admin/dashboard.html", true, viewer, true)).isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("GET", "/admin/users.html", true, viewer, true)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("GET", "/admin/paper.html", true, viewer, true)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("GET", "/api/campaigns/1/groups", true, viewer, true)).isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("POST", "/api/campaigns/1/invitations", true, viewer, true))
                .isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void aSecretaryRunsACampaignButOnlyAnAdminCreatesDeletesOrMovesOne() {
        Predicate<String> secretary = roles("secretary");
        Predicate<String> admin = roles("admin");
        assertThat(AccessRules.decide("POST", "/api/campaigns/1/respondents/import", true, secretary, true))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("POST", "/api/campaigns/1/reminders", true, secretary, true))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("POST", "/api/campaigns", true, secretary, true)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("DELETE", "/api/campaigns/4", true, secretary, true)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("POST", "/api/campaigns/4/status", true, secretary, true))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("POST", "/api/campaigns", true, admin, true)).isEqualTo(Verdict.ALLOWED);
        assertThat(AccessRules.decide("POST", "/api/campaigns/4/status", true, admin, true)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void untilTheWholeApiIsLockedOnlyTheSecretariatApiDemandsALogin() {
        assertThat(AccessRules.decide("POST", "/api/campaigns", false, r -> false, false)).isEqualTo(Verdict.OPEN);
        assertThat(AccessRules.decide("GET", "/api/secretariat/audit", false, r -> false, false))
                .isEqualTo(Verdict.LOGIN_API);
        assertThat(AccessRules.decide("GET", "/admin/", false, r -> false, false)).isEqualTo(Verdict.LOGIN_PAGE);
    }

    @Test
    void aLoginWithoutAnyRoleIsForbidden() {
        assertThat(AccessRules.decide("GET", "/admin/", true, r -> false, true)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.decide("GET", "/api/secretariat/audit", true, r -> false, true))
                .isEqualTo(Verdict.FORBIDDEN);
    }
}
