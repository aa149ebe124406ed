package org.parindex.survey.membership.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parindex.survey.fakes.SelfAssessmentWorld;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.platform.Role;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.tabular.ImportReport;

class MemberServiceTest {

    static final String FILE = "username,name,email,role,unit,level,area\n"
            + "cb.taichinh,Phạm Thu Hà,Ha@TaiChinh.example,officer,SO_TAI_CHINH,,\n"
            + "td.caicach,Vũ Văn Cải,cai@example.vn,appraiser,,DEPARTMENT,3\n";

    private final SelfAssessmentWorld world = new SelfAssessmentWorld();
    private final MemberService service = world.memberService;

    @Test
    void importsOfficersAndAppraisersWithASignInMailEachAndReimportingChangesNothing() {
        ImportReport r = service.importFile(1, FILE.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.created()).isEqualTo(2);
        assertThat(world.accounts.get("cb.taichinh").role()).isEqualTo(Role.OFFICER);
        assertThat(world.accounts.get("td.caicach").role()).isEqualTo(Role.APPRAISER);
        assertThat(world.outbox).extracting(OutboxMail::recipient).containsExactly("ha@taichinh.example",
                "cai@example.vn");
        assertThat(world.outbox).allSatisfy(m -> assertThat(m.respondentId()).isNull());
        assertThat(world.members.find(1, "td.caicach").orElseThrow().areaCode()).hasValue("3");

        ImportReport again = service.importFile(1, FILE.getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(world.outbox).as("no new link for an existing account").hasSize(2);
    }

    @Test
    void aWrongRowRejectsTheWholeFileNamingEachField() {
        String bad = FILE + "cb.x,Tên,không-phải-thư,officer,SO_KHONG_CO,,\n"
                + "td.y,Tên,y@example.vn,appraiser,,XA,\n" + "td.z,Tên,z@example.vn,appraiser,,DEPARTMENT,99\n"
                + "cb.noivu,Tên,n@example.vn,appraiser,,DEPARTMENT,\n";
        world.accounts.put("cb.noivu", new org.parindex.survey.security.domain.Account("cb.noivu", "Lan",
                Role.OFFICER, "x", org.parindex.survey.fakes.Entities.NOW));
        assertThatThrownBy(() -> service.importFile(1, bad.getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.row() + ":" + f.field()).containsExactly("4:email", "4:unit", "5:level",
                                "6:area", "7:username"));
        assertThat(world.accounts).containsOnlyKeys("cb.noivu");
        assertThat(world.outbox).isEmpty();
    }

    @Test
    void theLinkInTheMailSetsThePasswordOnceBeforeItExpires() {
        service.importFile(1, FILE.getBytes(StandardCharsets.UTF_8), false);
        String text = world.outbox.get(0).bodyText().orElseThrow();
        Matcher m = Pattern.compile("https://cchc\\.example\\.vn/survey/admin/activate\\.html#([A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(m.find()).as(text).isTrue();
        String token = m.group(1);
        assertThat(world.links.keySet()).doesNotContain(token);
        assertThatThrownBy(() -> world.signInLinks.activate(token, "ngắn")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("password"));
        assertThat(world.signInLinks.activate(token, "mat-khau-rat-dai-2031")).isEqualTo("cb.taichinh");
        assertThat(world.accounts.get("cb.taichinh").passwordHash()).isEqualTo(
                new StringBuilder("mat-khau-rat-dai-2031").reverse().toString());
        assertThatThrownBy(() -> world.signInLinks.activate(token, "mat-khau-khac-2031"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("token"));

        service.resendLink(1, "td.caicach");
        String first = link(world.outbox.get(1));
        String second = link(world.outbox.get(2));
        assertThatThrownBy(() -> world.signInLinks.activate(first, "mat-khau-rat-dai-2031"))
                .as("a new link withdraws the old one").isInstanceOf(InvalidInputException.class);
        world.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> world.signInLinks.activate(second, "mat-khau-rat-dai-2031"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hết hạn");
    }

    private static String link(OutboxMail mail) {
        Matcher m = Pattern.compile("activate\\.html#([A-Za-z0-9_-]{43})").matcher(mail.bodyText().orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
