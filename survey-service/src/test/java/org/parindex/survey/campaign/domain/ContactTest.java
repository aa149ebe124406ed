package org.parindex.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

class ContactTest {

    @Test
    void keepsANameAndAPhoneOrAnEmailStrippedAndInNfc() {
        Contact c = new Contact("  To\u0302\u0309 thư ký  ", " 0220 3852 000 ", null);
        assertThat(c.name()).isEqualTo("Tổ thư ký");
        assertThat(c.phone()).isEqualTo("0220 3852 000");
        assertThat(c.email()).isNull();
        assertThat(new Contact("Tổ thư ký", "", "tothuky@haiduong.gov.vn").phone()).isNull();
    }

    @Test
    void refusesAContactThatIsADeadEnd() {
        assertThat(fields(() -> new Contact("Tổ thư ký", null, " "))).containsExactly("contact.phone");
        assertThat(fields(() -> new Contact(" ", "0220 3852 000", null))).containsExactly("contact.name");
    }

    @Test
    void refusesMalformedPhonesAndAddresses() {
        assertThat(fields(() -> new Contact("Tổ thư ký", "12ab", "a@b"))).containsExactly("contact.phone",
                "contact.email");
        assertThat(fields(() -> new Contact("Tổ thư ký", "1234567", null))).containsExactly("contact.phone");
        assertThat(fields(() -> new Contact("x".repeat(201), "0220 3852 000", null))).containsExactly("contact.name");
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no InvalidInputException");
    }
}
