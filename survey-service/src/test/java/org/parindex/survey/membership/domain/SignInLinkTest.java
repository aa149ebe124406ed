package org.parindex.survey.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInLinkTest {

    static final LocalDateTime T = LocalDateTime.of(2031, 1, 5, 8, 0);

    @Test
    void storesOnlyTheHashOfAnUnguessableTokenAndWorksOnceBeforeItExpires() {
        SignInLink.Issued a = SignInLink.issue("cb.noivu", T, T.plusDays(7));
        SignInLink.Issued b = SignInLink.issue("cb.noivu", T, T.plusDays(7));
        assertThat(a.token()).hasSize(43).isNotEqualTo(b.token());
        String stored = (String) org.parindex.survey.fakes.Entities.get(a.link(), "tokenHash");
        assertThat(stored).hasSize(64).isEqualTo(SignInLink.hash(a.token())).doesNotContain(a.token());
        assertThat(a.link().usable(T.plusDays(7))).isFalse();
        a.link().use(T.plusDays(1));
        assertThat(a.link().usable(T.plusDays(1))).isFalse();
        assertThatThrownBy(() -> a.link().use(T.plusDays(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textThatCannotBeATokenHasNoHash() {
        assertThat(SignInLink.hash(null)).isNull();
        assertThat(SignInLink.hash("short")).isNull();
        assertThat(SignInLink.hash("'; DROP TABLE sign_in_link; --aaaaaaaaaaaaaaaa")).isNull();
    }
}
