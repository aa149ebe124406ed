package org.parindex.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.RaterScope;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

class CampaignTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2023, 11, 20, 9, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Deadlines DEC = new Deadlines(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 1, 10));
    private static final Map<String, Long> UNITS = Map.of("DEPARTMENT", 18L, "DISTRICT", 12L);

    private static Campaign haiDuong(Deadlines deadlines) {
        Campaign c = Campaign.draft("Chỉ số CCHC 2023", "Hải Dương", 2023, "HD-2023", deadlines, NOW);
        c.addLevel("DEPARTMENT", "Cấp sở", "HD-3396-SO");
        c.addLevel("DISTRICT", "Cấp huyện", "HD-3396-HUYEN");
        SampleGroup g = c.addGroup("CHU_TICH_UBND_XA", "Chủ tịch UBND cấp xã", null, 235, "COMMUNE");
        g.addForm("HD-2023-P06", "DISTRICT", RaterScope.OWN_UNIT);
        return c;
    }

    @Test
    void startsAsDraftAndMovesForwardOneStepAtATime() {
        Campaign c = haiDuong(DEC);
        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        c.moveTo(CampaignStatus.CLOSED, UNITS, NOW);
        c.moveTo(CampaignStatus.PUBLISHED, UNITS, NOW);
        assertThat(c.status()).isEqualTo(CampaignStatus.PUBLISHED);
    }

    @Test
    void refusesToSkipOrGoBack() {
        Campaign c = haiDuong(DEC);
        assertThatThrownBy(() -> c.moveTo(CampaignStatus.CLOSED, UNITS, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("DRAFT sang CLOSED");
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        assertThatThrownBy(() -> c.moveTo(CampaignStatus.DRAFT, UNITS, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void opensOnlyWithBothSurveyDatesAndUnitsOfEveryRatedLevel() {
        Campaign c = haiDuong(Deadlines.none());
        assertThatThrownBy(() -> c.moveTo(CampaignStatus.OPEN, Map.of("DEPARTMENT", 18L), NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("surveyOpens", "surveyCloses", "units"));
        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void rejectsASurveyThatClosesBeforeItOpens() {
        assertThatThrownBy(() -> new Deadlines(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("surveyCloses"));
    }

    @Test
    void whileOpenOnlyTheClosingDayAndSelfAssessmentDayMayMove() {
        Campaign c = haiDuong(DEC);
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        c.reschedule(new Deadlines(DEC.surveyOpens(), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 15)), TODAY);
        assertThat(c.deadlines().surveyCloses()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThatThrownBy(() -> c.reschedule(new Deadlines(LocalDate.of(2023, 12, 2), LocalDate.of(2024, 1, 5),
                null), TODAY)).isInstanceOf(ConflictException.class).hasMessageContaining("OPEN");
        assertThatThrownBy(() -> c.reschedule(new Deadlines(DEC.surveyOpens(), LocalDate.of(2023, 11, 1),
                LocalDate.of(2024, 1, 15)), TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whileOpenTheSurveyCannotCloseBeforeToday() {
        Campaign c = haiDuong(DEC);
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        LocalDate later = LocalDate.of(2023, 12, 20);
        assertThatThrownBy(() -> c.reschedule(new Deadlines(DEC.surveyOpens(), LocalDate.of(2023, 12, 10),
                DEC.selfAssessmentDue()), later)).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("surveyCloses"));
    }

    @Test
    void setUpIsFrozenOnceOpenAndEverythingOncePublished() {
        Campaign c = haiDuong(DEC);
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        assertThatThrownBy(() -> c.addLevel("COMMUNE", "Cấp xã", "HD-XA")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.group("CHU_TICH_UBND_XA").orElseThrow().revise("x", 10))
                .isInstanceOf(ConflictException.class);
        c.requireRespondentsEditable("thêm");
        c.moveTo(CampaignStatus.CLOSED, UNITS, NOW);
        assertThatThrownBy(() -> c.requireRespondentsEditable("thêm")).isInstanceOf(ConflictException.class);
        c.reschedule(new Deadlines(DEC.surveyOpens(), DEC.surveyCloses(), LocalDate.of(2024, 2, 1)), TODAY);
        c.moveTo(CampaignStatus.PUBLISHED, UNITS, NOW);
        assertThatThrownBy(() -> c.rename("Khác")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aScopedFormNeedsAGroupWithAHomeLevel() {
        Campaign c = haiDuong(DEC);
        SampleGroup delegates = c.addGroup("HDND_TINH", "Đại biểu HĐND tỉnh", null, 20, null);
        assertThatThrownBy(() -> delegates.addForm("HD-2023-P02", "DISTRICT", RaterScope.OWN_UNIT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("homeLevel");
        assertThatThrownBy(() -> delegates.addForm("HD-2023-P09", "COMMUNE", RaterScope.ALL_UNITS_OF_LEVEL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("COMMUNE");
        delegates.addForm("HD-2023-P01", "DEPARTMENT", RaterScope.ALL_UNITS_OF_LEVEL);
        assertThatThrownBy(() -> delegates.addForm("HD-2023-P03", "DEPARTMENT", RaterScope.ALL_UNITS_OF_LEVEL))
                .isInstanceOf(InvalidInputException.class);
        assertThat(c.quotaTotal()).isEqualTo(255);
    }

    @Test
    void keepsNamesInNfc() {
        String nfd = java.text.Normalizer.normalize("Chỉ số CCHC — Hải Dương", java.text.Normalizer.Form.NFD);
        Campaign c = Campaign.draft(" " + nfd + " ", "Hải Dương", 2023, null, DEC, NOW);
        assertThat(c.name()).isEqualTo("Chỉ số CCHC — Hải Dương");
    }

    @Test
    void rejectsBlankNamesAndImpossibleYears() {
        assertThatThrownBy(() -> Campaign.draft(" ", "Hải Dương", 2023, null, DEC, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> Campaign.draft("X", "Hải Dương", 1899, null, DEC, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1899");
        assertThatThrownBy(() -> haiDuong(DEC).addGroup("bad code!", "x", null, 1, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void carriesAContactThatMayChangeUntilPublished() {
        Campaign c = haiDuong(DEC);
        assertThat(c.contact()).isEmpty();
        Contact secretariat = new Contact("Tổ thư ký — Sở Nội vụ", "0220 3852 000", "tothuky@example.invalid");
        c.changeContact(secretariat);
        assertThat(c.contact()).contains(secretariat);
        c.moveTo(CampaignStatus.OPEN, UNITS, NOW);
        c.moveTo(CampaignStatus.CLOSED, UNITS, NOW);
        c.changeContact(null);
        assertThat(c.contact()).isEmpty();
        c.changeContact(secretariat);
        c.moveTo(CampaignStatus.PUBLISHED, UNITS, NOW);
        assertThatThrownBy(() -> c.changeContact(null)).isInstanceOf(ConflictException.class)
                .hasMessage("Đợt đánh giá đã công bố: không thể đổi thông tin liên hệ.");
        assertThat(c.contact()).contains(secretariat);
    }
}
