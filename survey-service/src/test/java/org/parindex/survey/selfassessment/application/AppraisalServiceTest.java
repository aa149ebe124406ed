package org.parindex.survey.selfassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.survey.selfassessment.application.AppraisalService.AppraisalInput;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.fakes.SelfAssessmentWorld;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.platform.Role;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.ForbiddenException;
import org.parindex.survey.problem.InvalidInputException;

class AppraisalServiceTest {

    static final Caller OFFICER = Caller.as("cb.noivu", Role.OFFICER);
    static final Caller APPRAISER = Caller.as("td.so", Role.APPRAISER);
    static final Caller AREA_1_APPRAISER = Caller.as("td.so.a1", Role.APPRAISER);
    static final Caller DISTRICT_APPRAISER = Caller.as("td.huyen", Role.APPRAISER);
    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final SelfAssessmentWorld world = new SelfAssessmentWorld();
    private final AppraisalService appraisal = world.appraisal;
    private final SelfAssessmentService unit = world.selfAssessment;

    @BeforeEach
    void theUnitHasSubmitted() {
        SelfAssessmentServiceTestAccess.selfAssessAll(world);
        unit.submit(OFFICER, 1, "SO_NOI_VU");
    }

    @Test
    void theWholePathEndsInScoreRowsHoldingTheFinalFigures() {
        appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.1.1", new AppraisalInput(null, "LATE",
                "Kế hoạch ban hành sau thời hạn"));
        DossierView v = appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.2", new AppraisalInput(null, "1",
                "Có 1 vi phạm theo kết luận kiểm tra"));
        assertThat(leaf(v, "1.2").appraisedFigure()).isEqualTo("1");
        appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "2.1.1", new AppraisalInput(null, "7/8", "Thiếu 1 văn bản"));

        v = appraisal.send(APPRAISER, 1, "SO_NOI_VU");
        assertThat(v.status()).isEqualTo("APPRAISED");
        assertThat(v.replyOpen()).isTrue();
        assertThat(leaf(v, "1.3.1").appraisedFigure()).as("untouched leaves keep the unit's value")
                .isEqualTo(leaf(v, "1.3.1").selfFigure());
        assertThatThrownBy(() -> appraisal.finalise(APPRAISER, 1, "SO_NOI_VU")).as("the window is open")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.2",
                new AppraisalInput("0.5", null, null))).isInstanceOf(ConflictException.class);

        unit.reply(OFFICER, 1, "SO_NOI_VU", "2.1.1", "Văn bản thứ 8 ban hành ngày 28/12, kèm theo");
        DossierView.EvidenceView more = unit.upload(OFFICER, 1, "SO_NOI_VU", "2.1.1", "QĐ 28-12.pdf", PDF);
        assertThat(more.stage()).isEqualTo("EXPLANATION");
        assertThat(unit.explain(OFFICER, 1, "SO_NOI_VU").status()).isEqualTo("EXPLAINED");
        assertThatThrownBy(() -> unit.reply(OFFICER, 1, "SO_NOI_VU", "1.2", "thêm")).isInstanceOf(
                ConflictException.class);

        appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "2.1.1", new AppraisalInput(null, "8/8",
                "Chấp nhận giải trình"));
        v = appraisal.finalise(APPRAISER, 1, "SO_NOI_VU");
        assertThat(v.status()).isEqualTo("FINAL");
        assertThatThrownBy(() -> appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.2",
                new AppraisalInput("1", null, "đổi"))).isInstanceOf(ConflictException.class);

        Map<String, Assessment> rows = new TreeMap<>();
        world.scoreRows.rows.values().forEach(r -> rows.put(r.itemCode(), r.value()));
        assertThat(rows).hasSize(SelfAssessmentServiceTestAccess.examples().size());
        assertThat(rows.get("1.1.1").appraisedFigure()).isEqualTo("LATE");
        assertThat(rows.get("1.1.1").selfFigure()).isEqualTo("ON_TIME");
        assertThat(rows.get("1.2").appraisedFigure()).isEqualTo("1");
        assertThat(rows.get("2.1.1").appraisedFigure()).isEqualTo("8/8");
        assertThat(rows.get("2.1.1").evidence()).isEqualTo("QĐ 28-12.pdf");
        assertThat(rows.get("2.1.1").explanation()).contains("Giải trình sau thẩm định: Văn bản thứ 8",
                "Nhận xét thẩm định: Chấp nhận giải trình");

        List<AuditEntry> changes = world.audits.entries.stream()
                .filter(e -> e.action() == AuditAction.APPRAISAL_CHANGED).toList();
        assertThat(changes).extracting(e -> e.target().orElse("")).contains("SO_NOI_VU, 1.1.1", "SO_NOI_VU, 2.1.1");
        assertThat(changes.get(0).detail().orElseThrow()).contains("trước: (chưa thẩm định)", "sau: số liệu LATE");
        assertThat(world.audits.entries).extracting(AuditEntry::action).contains(AuditAction.APPRAISAL_SENT,
                AuditAction.EXPLANATION_SENT, AuditAction.APPRAISAL_FINALISED, AuditAction.SCORE_CHANGED);

        List<AppraisalService.LevelProgress> progress = appraisal.progress(Caller.as("thuky", Role.SECRETARY), 1);
        assertThat(progress.get(0)).extracting(AppraisalService.LevelProgress::level,
                AppraisalService.LevelProgress::units, AppraisalService.LevelProgress::submitted,
                AppraisalService.LevelProgress::finalised).containsExactly("DEPARTMENT", 2, 1, 1);
        assertThat(progress.get(0).byStatus()).containsEntry("DRAFT", 1).containsEntry("FINAL", 1);
    }

    @Test
    void aChangedValueNeedsAComment() {
        assertThatThrownBy(() -> appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.1.1",
                new AppraisalInput(null, "LATE", " "))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("comment"));
        assertThatThrownBy(() -> appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.1.1",
                new AppraisalInput("7", null, "quá"))).isInstanceOf(InvalidInputException.class);
        assertThat(leaf(appraisal.appraise(APPRAISER, 1, "SO_NOI_VU", "1.1.1",
                new AppraisalInput(null, "ON_TIME", null)), "1.1.1").appraisedFigure())
                .as("the unit's own value needs no comment").isEqualTo("ON_TIME");
    }

    @Test
    void appraisersStayInsideTheirLevelAndArea() {
        assertThatThrownBy(() -> appraisal.appraise(DISTRICT_APPRAISER, 1, "SO_NOI_VU", "1.2",
                new AppraisalInput("0", null, "x"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> appraisal.appraise(AREA_1_APPRAISER, 1, "SO_NOI_VU", "2.1.1",
                new AppraisalInput(null, "7/8", "x"))).isInstanceOf(ForbiddenException.class);
        assertThat(leaf(appraisal.appraise(AREA_1_APPRAISER, 1, "SO_NOI_VU", "1.2",
                new AppraisalInput("0", null, "x")), "1.2").appraisedScore()).isEqualTo("0");
        assertThatThrownBy(() -> appraisal.send(OFFICER, 1, "SO_NOI_VU")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> appraisal.progress(OFFICER, 1)).isInstanceOf(ForbiddenException.class);
        assertThat(appraisal.assigned(DISTRICT_APPRAISER, 1)).extracting(AppraisalService.Assigned::unit)
                .containsExactly("HUYEN_X");
        assertThat(appraisal.assigned(OFFICER, 1)).extracting(AppraisalService.Assigned::unit)
                .containsExactly("SO_NOI_VU");
    }

    @Test
    void afterTheWindowClosesWithoutAnExplanationTheAppraiserMayFinalise() {
        appraisal.send(APPRAISER, 1, "SO_NOI_VU");
        world.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> unit.explain(OFFICER, 1, "SO_NOI_VU")).isInstanceOf(ConflictException.class);
        assertThat(appraisal.finalise(APPRAISER, 1, "SO_NOI_VU").status()).isEqualTo("FINAL");
    }

    private static DossierView.LeafView leaf(DossierView v, String code) {
        return v.leaves().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}
