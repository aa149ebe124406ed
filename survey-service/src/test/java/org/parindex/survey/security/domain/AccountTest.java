package org.parindex.survey.security.domain;

import org.parindex.survey.platform.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.InvalidInputException;

class AccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 2, 8, 0);

    @Test
    void userNamesAreLowerCaseAsciiAndTrimmed() {
        Account a = new Account("  Thu.Ky ", "Nguyễn Thị Lan", Role.SECRETARY, "hash", NOW);
        assertThat(a.username()).isEqualTo("thu.ky");
        assertThat(a.enabled()).isTrue();
        assertThatThrownBy(() -> Account.requireUsername("thư ký")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("username"));
        assertThatThrownBy(() -> Account.requireUsername("ab")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anActiveAdminIsAnEnabledAccountWithTheAdminRole() {
        Account a = new Account("quantri", "Quản trị", Role.ADMIN, "hash", NOW);
        assertThat(a.isActiveAdmin()).isTrue();
        a.enable(false, NOW);
        assertThat(a.isActiveAdmin()).isFalse();
        a.enable(true, NOW);
        a.changeRole(Role.VIEWER, NOW);
        assertThat(a.isActiveAdmin()).isFalse();
    }

    @Test
    void rolesParseByNameOrConstant() {
        assertThat(Role.parse("secretary")).contains(Role.SECRETARY);
        assertThat(Role.parse("VIEWER")).contains(Role.VIEWER);
        assertThat(Role.parse("root")).isEmpty();
    }
}
