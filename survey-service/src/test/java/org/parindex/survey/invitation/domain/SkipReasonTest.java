package org.parindex.survey.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parindex.survey.invitation.domain.ReminderPolicy.Verdict;

class SkipReasonTest {

    @Test
    void everyRefusalOfTheReminderPolicyHasAVietnameseLabel() {
        Arrays.stream(Verdict.values()).filter(v -> v != Verdict.REMIND).forEach(v ->
                assertThat(SkipReason.of(v.name())).as(v.name()).hasValueSatisfying(r ->
                        assertThat(r.label()).isNotBlank().doesNotContain("_")));
    }

    @Test
    void anUnknownCodeIsNoReason() {
        assertThat(SkipReason.of("REMIND")).isEmpty();
        assertThat(SkipReason.of(null)).isEmpty();
    }
}
