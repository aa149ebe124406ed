package org.parindex.survey.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsIsoDurationsAndNamesTheSettingThatIsWrong() {
        assertThat(Durations.positive("survey.x", " PT24H ")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.zeroOrMore("survey.x", "PT0S")).isZero();
        assertThatThrownBy(() -> Durations.positive("survey.x", "PT0S")).hasMessageContaining("survey.x must be positive");
        assertThatThrownBy(() -> Durations.zeroOrMore("survey.y", "-PT1S")).hasMessageContaining("survey.y");
        assertThatThrownBy(() -> Durations.positive("survey.z", "24h")).hasMessageContaining("survey.z")
                .hasMessageContaining("ISO-8601");
    }
}
