package org.parindex.survey.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughPassword() {
        assertThat(PasswordPolicy.problem("thuky", "mùa thu Hải Dương")).isEmpty();
        assertThat(PasswordPolicy.problem("admin", "parindex-demo")).isEmpty();
    }

    @Test
    void refusesShortRepeatedOrUsernamePasswords() {
        assertThat(PasswordPolicy.problem("thuky", "ngắn")).hasValueSatisfying(m -> assertThat(m).contains("10"));
        assertThat(PasswordPolicy.problem("thuky", "aaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.problem("nguyenvanbinh", "NguyenVanBinh")).isPresent();
        assertThat(PasswordPolicy.problem("thuky", "")).isPresent();
        assertThat(PasswordPolicy.problem("thuky", "x".repeat(150) + "y".repeat(60))).isPresent();
    }

    @Test
    void countsVietnameseLettersAsOneCharacterEach() {
        assertThat(PasswordPolicy.problem("thuky", "Đồng ý rồi")).isEmpty();
    }
}
