package org.parindex.survey.selfassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.fakes.SelfAssessmentWorld;
import org.parindex.survey.membership.application.Caller;
import org.parindex.survey.platform.Role;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.ForbiddenException;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.ProblemException;
import org.parindex.survey.problem.TooLargeException;
import org.parindex.survey.selfassessment.application.SelfAssessmentService.SelfInput;
import org.parindex.survey.shipped.ShippedData;

class SelfAssessmentServiceTest {

    static final Caller OFFICER = Caller.as("cb.noivu", Role.OFFICER);
    static final Caller SECRETARY = Caller.as("thuky", Role.SECRETARY);
    static final Caller APPRAISER = Caller.as("td.so", Role.APPRAISER);
    static final Caller DISTRICT_APPRAISER = Caller.as("td.huyen", Role.APPRAISER);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final SelfAssessmentWorld world = new SelfAssessmentWorld();
    private final SelfAssessmentService service = world.selfAssessment;

    @Test
    void anOfficerSavesAFigureAndSeesThePointsTheRuleGivesAndTheRunningTotal() {
        DossierView v = service.save(OFFICER, 1, "SO_NOI_VU", "1.1.2", new SelfInput(null, "9/10", false, null,
                null));
        DossierView.LeafView leaf = leaf(v, "1.1.2");
        assertThat(leaf.selfFigure()).isEqualTo("9/10");
        assertThat(leaf.ruleType()).isEqualTo("RATIO");
        assertThat(new java.math.BigDecimal(leaf.selfPoints())).isPositive()
                .isLessThan(new java.math.BigDecimal(leaf.max()));
        assertThat(v.totals().self()).isEqualTo(leaf.selfPoints());
        assertThat(v.totals().answered()).isEqualTo(1);
        assertThat(v.status()).isEqualTo("DRAFT");
        assertThat(world.audits.entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SELF_ASSESSMENT_CHANGED);
        assertThat(world.audits.entries.get(0).detail().orElseThrow()).contains("trước: (trống)", "sau: số liệu 9/10");
    }

    @Test
    void scoringLibsRulesRefuseAValueNamingTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> service.save(OFFICER, 1, "SO_NOI_VU", "1.1.1",
                new SelfInput(null, "SOMETIMES", false, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(f -> f.field()).containsExactly("self_figure"));
        assertThatThrownBy(() -> service.save(OFFICER, 1, "SO_NOI_VU", "1.2",
                new SelfInput("99", null, false, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).message()).contains("lớn hơn điểm tối đa"));
        assertThatThrownBy(() -> service.save(OFFICER, 1, "SO_NOI_VU", "1.2",
                new SelfInput(null, null, true, " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(f -> f.field()).containsExactly("naReason"));
        assertThat(world.dossiers.leaves).isEmpty();
        assertThat(world.audits.entries).isEmpty();
    }

    @Test
    void anOfficerReachesOnlyTheirOwnUnitAndAnAppraiserOnlyTheirLevel() {
        assertThatThrownBy(() -> service.view(OFFICER, 1, "SO_TAI_CHINH")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.save(OFFICER, 1, "SO_TAI_CHINH", "1.2",
                new SelfInput("1", null, false, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.view(DISTRICT_APPRAISER, 1, "SO_NOI_VU"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.view(Caller.as("cb.noivu", Role.APPRAISER), 1, "SO_NOI_VU"))
                .as("membership and role must agree").isInstanceOf(ForbiddenException.class);
        assertThat(service.view(APPRAISER, 1, "SO_NOI_VU").reach()).isEqualTo("APPRAISER");
        assertThat(service.view(SECRETARY, 1, "HUYEN_X").reach()).isEqualTo("READ");
        assertThatThrownBy(() -> service.save(APPRAISER, 1, "SO_NOI_VU", "1.2",
                new SelfInput("1", null, false, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.save(SECRETARY, 1, "SO_NOI_VU", "1.2",
                new SelfInput("1", null, false, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.reopen(OFFICER, 1, "SO_NOI_VU")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void submittingNeedsEveryLeafThenLocksUntilTheSecretariatReopens() {
        service.save(OFFICER, 1, "SO_NOI_VU", "1.2", new SelfInput("0,5", null, false, null, null));
        assertThatThrownBy(() -> service.submit(OFFICER, 1, "SO_NOI_VU"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(f -> f.field()).contains("1.1.1", "8.3"));
        selfAssessAll(world);
        assertThat(service.submit(OFFICER, 1, "SO_NOI_VU").status()).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> service.save(OFFICER, 1, "SO_NOI_VU", "1.2",
                new SelfInput("1", null, false, null, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.2", "a.pdf", PDF))
                .isInstanceOf(ConflictException.class);
        assertThat(service.reopen(SECRETARY, 1, "SO_NOI_VU").status()).isEqualTo("DRAFT");
        service.save(OFFICER, 1, "SO_NOI_VU", "1.2", new SelfInput("1", null, false, null, null));
        assertThat(service.submit(OFFICER, 1, "SO_NOI_VU").status()).isEqualTo("SUBMITTED");
        assertThat(world.audits.entries).extracting(AuditEntry::action).contains(
                AuditAction.SELF_ASSESSMENT_SUBMITTED, AuditAction.SELF_ASSESSMENT_REOPENED);
    }

    @Test
    void evidenceIsStoredWithItsChecksumAndBadUploadsStoreNothing() {
        DossierView.EvidenceView v = service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "Quyết định 12.PDF", PDF);
        assertThat(v.name()).isEqualTo("Quyết định 12.pdf");
        assertThat(v.mediaType()).isEqualTo("application/pdf");
        assertThat(v.sha256()).hasSize(64).isEqualTo(EvidenceCheck.sha256(PDF));
        assertThat(service.download(APPRAISER, 1, "SO_NOI_VU", v.id()).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> service.download(OFFICER, 1, "SO_TAI_CHINH", v.id()))
                .isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "../../x", PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).field()).isEqualTo("fileName"));
        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "x.pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "big.pdf",
                java.util.Arrays.copyOf(PDF, 300_001))).isInstanceOf(TooLargeException.class);
        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "bomb.docx",
                EvidenceCheckTest.zipBomb())).isInstanceOf(TooLargeException.class);
        service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "b.pdf", PDF);
        service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "c.pdf", PDF);
        assertThatThrownBy(() -> service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "d.pdf", PDF))
                .as("three per leaf in this world").isInstanceOf(ConflictException.class);
        assertThat(world.dossiers.files).hasSize(3);
        assertThat(world.audits.entries).filteredOn(e -> e.action() == AuditAction.EVIDENCE_UPLOADED).hasSize(3);
    }

    @Test
    void thePrintableReportIsAPdfForWhoeverMayReadTheDossier() throws Exception {
        selfAssessAll(world);
        service.upload(OFFICER, 1, "SO_NOI_VU", "1.1.1", "Kế hoạch 221.pdf", PDF);
        byte[] pdf = service.report(APPRAISER, 1, "SO_NOI_VU");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("BÁO CÁO TỰ ĐÁNH GIÁ", "Sở Nội vụ", "Kế hoạch 221.pdf");
        assertThatThrownBy(() -> service.report(DISTRICT_APPRAISER, 1, "SO_NOI_VU"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void worksForHaTinhsCentralAgenciesAndTheCommunesOfATwoTierProvince() {
        DossierView kbnn = service.view(Caller.as("cb.kbnn", Role.OFFICER), 1, "KBNN");
        assertThat(kbnn.framework()).isEqualTo("HT-52-TW");
        assertThat(new java.math.BigDecimal(kbnn.totals().max())).isLessThanOrEqualTo(new java.math.BigDecimal("60"));
        String first = kbnn.leaves().stream().filter(l -> !l.method().equals("SURVEY")).findFirst().orElseThrow()
                .code();
        assertThat(service.save(Caller.as("cb.kbnn", Role.OFFICER), 1, "KBNN", first,
                new SelfInput("0", null, false, null, null)).totals().answered()).isEqualTo(1);

        Caller commune = Caller.as("cb.xaa", Role.OFFICER);
        DossierView xa = service.view(commune, 1, "XA_A");
        assertThat(xa.framework()).isEqualTo("EX2-XA");
        assertThat(service.view(Caller.as("td.xa", Role.APPRAISER), 1, "XA_A").reach()).isEqualTo("APPRAISER");
        assertThatThrownBy(() -> service.view(Caller.as("td.so", Role.APPRAISER), 1, "XA_A"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.view(commune, 1, "KBNN")).isInstanceOf(ForbiddenException.class);
    }

    /** Self-assesses every leaf of SO_NOI_VU with the values of the example scores file. */
    static void selfAssessAll(SelfAssessmentWorld world) {
        for (Assessment a : examples()) {
            world.selfAssessment.save(OFFICER, 1, "SO_NOI_VU", a.item(), new SelfInput(
                    a.selfScore() == null ? null : a.selfScore().toPlainString(), a.selfFigure(), a.notApplicable(),
                    a.notApplicable() ? "không có nhiệm vụ" : null, a.explanation()));
        }
    }

    static List<Assessment> examples() {
        Framework f = new ShippedData().framework("HD-3396-SO").orElseThrow();
        return ScoresCsvReader.read(Path.of("../questionnaires/examples/haiduong-2023-so-scores.csv"), f)
                .assessments().stream().filter(a -> a.unit().equals("SO_NOI_VU")).toList();
    }

    static DossierView.LeafView leaf(DossierView v, String code) {
        return v.leaves().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    static String field(ProblemException e) {
        return e.errors().get(0).field();
    }
}
