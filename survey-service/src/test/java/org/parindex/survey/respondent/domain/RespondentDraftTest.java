package org.parindex.survey.respondent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.FieldError;

class RespondentDraftTest {

    @Test
    void acceptsACompleteRespondentAndNormalisesToNfc() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        RespondentDraft.Checked c = RespondentDraft.check(null, "  " + nfd + " ", "Đại biểu", "HĐND tỉnh",
                "Nhung.NTH@Example.invalid", "0912 345 678", "HDND_TINH", "");
        assertThat(c.ok()).isTrue();
        assertThat(c.draft().fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(c.draft().homeUnit()).isNull();
        assertThat(c.draft().personKey()).isEqualTo("email:nhung.nth@example.invalid");
    }

    @Test
    void reportsEveryBadFieldOfARowWithItsRow() {
        RespondentDraft.Checked c = RespondentDraft.check(7, "", null, null, "a@@b", "12ab", " ", null);
        assertThat(c.ok()).isFalse();
        assertThat(c.errors()).extracting(FieldError::field).containsExactly("fullName", "email", "phone", "group");
        assertThat(c.errors()).extracting(FieldError::row).containsOnly(7);
    }

    @Test
    void withoutEmailTheSamePersonIsTheSameNameInTheSameGroupAndUnit() {
        RespondentDraft a = RespondentDraft.check(null, "Đỗ Văn  Hưởng", null, null, null, null, "CT_XA", "X1")
                .draft();
        RespondentDraft b = RespondentDraft.check(null, "đỗ văn hưởng", null, null, "", null, "CT_XA", "X1").draft();
        RespondentDraft other = RespondentDraft.check(null, "Đỗ Văn Hưởng", null, null, null, null, "CT_XA", "X2")
                .draft();
        assertThat(a.personKey()).isEqualTo(b.personKey()).isNotEqualTo(other.personKey());
    }

    @Test
    void emailAddressesNeedOneAtAndADottedDomain() {
        assertThat(EmailAddress.parse("an.nguyen@haiduong.gov.vn")).isPresent();
        assertThat(EmailAddress.parse("an nguyen@haiduong.gov.vn")).isEmpty();
        assertThat(EmailAddress.parse("an@localhost")).isEmpty();
        assertThat(EmailAddress.parse("an@@x.vn")).isEmpty();
        assertThat(EmailAddress.parse("an@x..vn")).isEmpty();
        assertThat(EmailAddress.parse("nguyễn@x.vn")).isEmpty();
    }
}
