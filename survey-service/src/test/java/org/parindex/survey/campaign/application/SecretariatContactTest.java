package org.parindex.survey.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.campaign.domain.Deadlines;

class SecretariatContactTest {

    private static final Campaign CAMPAIGN = Campaign.draft("Chỉ số CCHC 2023", "Hải Dương", 2023, null,
            Deadlines.none(), LocalDateTime.of(2023, 11, 1, 8, 0));

    @Test
    void theCampaignsOwnContactElseTheInstallationsElseNobody() {
        SecretariatContact none = new SecretariatContact(Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(none.fallback()).isEmpty();
        assertThat(none.of(CAMPAIGN)).isEmpty();
        SecretariatContact configured = new SecretariatContact(Optional.empty(), Optional.of("0220 3852 000"),
                Optional.empty());
        assertThat(configured.of(CAMPAIGN)).contains(new Contact("Tổ thư ký Chỉ số CCHC", "0220 3852 000", null));
        Campaign own = Campaign.draft("Chỉ số CCHC 2024", "Hải Dương", 2024, null, Deadlines.none(),
                LocalDateTime.of(2024, 11, 1, 8, 0));
        Contact mine = new Contact("Tổ thư ký — Sở Nội vụ", null, "tothuky@example.invalid");
        own.changeContact(mine);
        assertThat(configured.of(own)).contains(mine);
    }

    @Test
    void aMalformedSettingStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new SecretariatContact(Optional.empty(), Optional.of("12ab"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("survey.contact.*:").hasMessageContaining("contact.phone");
    }
}
