package org.parindex.survey.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginServletTest {

    @Test
    void goesBackOnlyToPagesOfTheSecretariat() {
        assertThat(LoginServlet.safeNext("/admin/results.html?c=3")).isEqualTo("/admin/results.html?c=3");
        assertThat(LoginServlet.safeNext(null)).isEqualTo("/admin/");
        assertThat(LoginServlet.safeNext("https://evil.example/")).isEqualTo("/admin/");
        assertThat(LoginServlet.safeNext("//evil.example/admin/")).isEqualTo("/admin/");
        assertThat(LoginServlet.safeNext("/admin/..//evil")).isEqualTo("/admin/");
        assertThat(LoginServlet.safeNext("/admin/login.html")).isEqualTo("/admin/");
    }
}
