package org.parindex.survey.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void hostAndPortOfOrigins() {
        assertThat(SameOrigin.hostPort("https://CCHC.example.vn")).isEqualTo("cchc.example.vn");
        assertThat(SameOrigin.hostPort("http://localhost:8080/admin/login.html?x=1")).isEqualTo("localhost:8080");
        assertThat(SameOrigin.hostPort("null")).isNull();
        assertThat(SameOrigin.hostPort("file:///etc/passwd")).isNull();
        assertThat(SameOrigin.hostPort("javascript:alert(1)")).isNull();
    }
}
