package org.parindex.survey.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.survey.invitation.domain.MailTemplate.RenderedMail;
import org.parindex.survey.problem.FieldError;

class MailTemplateTest {

    private static Map<Placeholder, String> values() {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.NAME, "Nguyễn Thị Hương");
        v.put(Placeholder.POSITION, "Chủ tịch UBND");
        v.put(Placeholder.ORGANISATION, "UBND xã Thanh Hải");
        v.put(Placeholder.GROUP, "Chủ tịch UBND cấp xã");
        v.put(Placeholder.CAMPAIGN, "Chỉ số CCHC năm 2023 — tỉnh Hải Dương");
        v.put(Placeholder.DEADLINE, "31/12/2023");
        v.put(Placeholder.LINK, "https://cchc.example.vn/q/AbCdEfGhIjKlMnOpQrStUvWxYz012345");
        v.put(Placeholder.CODE, "7KQ4M-Z2P9X");
        return v;
    }

    @Test
    void theDefaultInvitationIsVietnameseAndCarriesNameGroupDeadlineLinkAndCode() {
        RenderedMail mail = DefaultTemplates.of(MailKind.INVITATION).render(values());
        assertThat(mail.subject()).isEqualTo(
                "Mời tham gia khảo sát Chỉ số cải cách hành chính (hạn 31/12/2023)");
        assertThat(mail.text()).startsWith("Kính gửi ông/bà Nguyễn Thị Hương,")
                .contains("thuộc nhóm đối tượng \"Chủ tịch UBND cấp xã\"")
                .contains("trước hết ngày 31/12/2023")
                .contains("https://cchc.example.vn/q/AbCdEfGhIjKlMnOpQrStUvWxYz012345")
                .contains("Mã phiếu (để gõ tay): 7KQ4M-Z2P9X")
                .doesNotContain("{{");
        assertThat(mail.html()).contains("<strong>Nguyễn Thị Hương</strong>")
                .contains("href=\"https://cchc.example.vn/q/AbCdEfGhIjKlMnOpQrStUvWxYz012345\"")
                .contains("Chỉ số CCHC năm 2023 — tỉnh Hải Dương")
                .doesNotContain("{{");
        assertThat(Normalizer.isNormalized(mail.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(Normalizer.isNormalized(mail.html(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void bothDefaultsAreValid() {
        for (MailKind kind : MailKind.values()) {
            assertThat(DefaultTemplates.of(kind).problems()).as(kind.name()).isEmpty();
        }
        assertThat(DefaultTemplates.of(MailKind.REMINDER).render(values()).subject()).startsWith("Nhắc:");
    }

    @Test
    void valuesAreEscapedInHtmlButNotInText() {
        Map<Placeholder, String> v = values();
        v.put(Placeholder.NAME, "Lê <b>\"An\"</b> & co");
        RenderedMail mail = MailTemplate.of("Chào {{name}}", "<p>{{name}} {{link}}</p>", "{{name}} {{link}}")
                .render(v);
        assertThat(mail.html()).contains("Lê &lt;b&gt;&quot;An&quot;&lt;/b&gt; &amp; co").doesNotContain("<b>");
        assertThat(mail.text()).startsWith("Lê <b>\"An\"</b> & co");
        assertThat(mail.subject()).isEqualTo("Chào Lê <b>\"An\"</b> & co");
    }

    @Test
    void placeholdersMayHaveSpacesAndValuesWithDollarSignsAreKept() {
        Map<Placeholder, String> v = values();
        v.put(Placeholder.NAME, "A $1 \\ B");
        assertThat(MailTemplate.of("s", "<p>{{ link }}</p>", "{{  name }} {{link}}").render(v).text())
                .startsWith("A $1 \\ B https://");
    }

    @Test
    void decomposedVietnameseIsNormalisedToNfc() {
        String decomposed = Normalizer.normalize("Kính gửi {{name}} {{link}}", Normalizer.Form.NFD);
        MailTemplate t = MailTemplate.of("Mời", "<p>{{link}}</p>", decomposed);
        assertThat(t.text()).isEqualTo("Kính gửi {{name}} {{link}}");
        Map<Placeholder, String> v = values();
        v.put(Placeholder.NAME, Normalizer.normalize("Đặng Thủy", Normalizer.Form.NFD));
        assertThat(t.render(v).text()).startsWith("Kính gửi Đặng Thủy ");
    }

    @Test
    void namesEveryFieldAtFault() {
        MailTemplate t = MailTemplate.of("Hai\ndòng {{ten}}", "<p>không có liên kết</p>", " ");
        assertThat(t.problems()).extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("subject",
                        "không có trường thay thế {{ten}}; dùng: {{name}}, {{position}}, {{organisation}},"
                                + " {{group}}, {{campaign}}, {{deadline}}, {{link}}, {{code}}"),
                org.assertj.core.groups.Tuple.tuple("html", "phải có {{link}}: liên kết riêng tới phiếu khảo sát"),
                org.assertj.core.groups.Tuple.tuple("text", "bắt buộc, không được để trống"),
                org.assertj.core.groups.Tuple.tuple("subject", "tiêu đề chỉ được có một dòng"));
    }

    @Test
    void rejectsOverlongParts() {
        String body = "{{link}}" + "x".repeat(MailTemplate.MAX_BODY);
        assertThat(MailTemplate.of("s", body, "{{link}}").problems()).extracting(FieldError::field)
                .containsExactly("html");
    }
}
