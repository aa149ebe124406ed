package org.parindex.survey.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aFileNameKeepsOnlyAsciiLettersDigitsDotsDashesAndUnderscores() {
        assertThat(Downloads.fileName("the-qr-3-HĐND tỉnh.pdf")).isEqualTo("the-qr-3-H_ND_t_nh.pdf");
        assertThat(Downloads.fileName("a\"b\r\nc;d/e\\f")).isEqualTo("a_b__c_d_e_f");
        assertThat(Downloads.fileName("diem-dot-7-department.csv")).isEqualTo("diem-dot-7-department.csv");
    }
}
