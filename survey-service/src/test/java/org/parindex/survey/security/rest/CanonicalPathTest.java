package org.parindex.survey.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/campaigns/1/status", "/admin/", "/admin/users.html", "/q/AbC-123_x",
            "/ctx/api/campaigns/1/units/S%C3%96", "/api/accounts/thu%20ky", "/health/ready", "/api/a.b/c..d"})
    void acceptsCanonicalPaths(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/campaigns/1/status;x", "/api/campaigns/2/;x", "/api/campaigns;jsessionid=1/2",
            "/admin/users.html;"})
    void refusesPathParameters(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).hasValueSatisfying(p -> assertThat(p).contains(";"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/campaigns", "/api//campaigns/1", "/admin//users.html", "/api/campaigns/1//"})
    void refusesEmptySegments(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/./campaigns", "/q/../admin/users.html", "/admin/..", "/admin/.", "/.",
            "/api/campaigns/1/.."})
    void refusesDotSegments(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/%2e%2e/admin/users.html", "/api/%2E%2E/x", "/q/%2e/x", "/api%2fcampaigns",
            "/api%2Fcampaigns", "/admin%5cusers.html", "/admin%5Cusers.html", "/admin\\users.html",
            "/api/campaigns/1%3bx", "/api/campaigns/1%3Bx", "/%2561dmin/users.html", "/api/%00", "/api/%0a"})
    void refusesEncodedDotsSlashesBackslashesAndSemicolons(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%61dmin/users.html", "/%41dmin/", "/a%64min/users.html", "/%61%70%69/campaigns",
            "/api/campaigns/%31/status", "/api/%63ampaigns", "/admin/users%2ehtml", "/api/campaigns/1/x%7e",
            "/api/campaigns/1/x%5f"})
    void refusesEscapedCharactersThatNeedNoEscaping(String path) {
        assertThat(CanonicalPath.problem(path)).as(path).isPresent();
    }

    @Test
    void refusesBrokenEscapesAndRelativePaths() {
        assertThat(CanonicalPath.problem("/api/campaigns/%zz")).isPresent();
        assertThat(CanonicalPath.problem("/api/campaigns/%4")).isPresent();
        assertThat(CanonicalPath.problem("api/campaigns")).isPresent();
        assertThat(CanonicalPath.problem("")).isPresent();
        assertThat(CanonicalPath.problem(null)).isPresent();
    }
}
