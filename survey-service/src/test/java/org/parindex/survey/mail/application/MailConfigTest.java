package org.parindex.survey.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parindex.survey.platform.SurveyConfig;

/** The sending settings of issue 12: connections in bounds, a poll's size from the rate. */
class MailConfigTest {

    private static MailConfig config(int ratePerMinute, String pollInterval, int connections) {
        SurveyConfig survey = new SurveyConfig("target/mail-config-test", "", "http://localhost:8080/", false,
                "Asia/Ho_Chi_Minh");
        return new MailConfig(survey, Optional.of("127.0.0.1"), 25, Optional.empty(), Optional.empty(), false,
                false, "PT20S", "Tổ thư ký <no-reply@parindex.invalid>", ratePerMinute, connections, pollInterval,
                "PT30S", "PT1H", 10, "PT5M", Optional.empty(), true);
    }

    @Test
    void connectionsAreOneToSixteen() {
        assertThat(config(120, "PT2S", 1).connections()).isEqualTo(1);
        assertThat(config(120, "PT2S", 16).connections()).isEqualTo(16);
        assertThatThrownBy(() -> config(120, "PT2S", 0)).hasMessageContaining("survey.mail.smtp.connections");
        assertThatThrownBy(() -> config(120, "PT2S", 17)).hasMessageContaining("survey.mail.smtp.connections");
    }

    @Test
    void aPollTakesWhatTheRateAllowsInItsIntervalAtMost500() {
        assertThat(config(120, "PT2S", 1).mailsPerPoll()).isEqualTo(4);
        assertThat(config(60_000, "PT1S", 4).mailsPerPoll()).isEqualTo(500);
        assertThat(config(1, "PT2S", 1).mailsPerPoll()).isEqualTo(1);
    }
}
