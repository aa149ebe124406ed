package org.parindex.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parindex.survey.shipped.ShippedData;

class DeadlinesTest {

    @Test
    void theHaiDuongPlansTimelineGivesTheCampaignsDates() {
        Deadlines d = Deadlines.fromPlan(new ShippedData().samplePlan("haiduong-2023").orElseThrow().plan());

        assertThat(d).isEqualTo(new Deadlines(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 10)));
    }

    @Test
    void aPlanWithoutTimelineGivesNoDates() {
        assertThat(Deadlines.fromPlan(new ShippedData().samplePlan("example-two-tier-2025").orElseThrow().plan()))
                .isEqualTo(Deadlines.none());
    }
}
