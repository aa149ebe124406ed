package org.parindex.survey.respondent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.RaterScope;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.fakes.Entities;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.UnitDraft;

/** Heads of district offices are registered with their office, which their district must have. */
class RespondentOfficeTest {

    private final Campaign campaign = Entities.campaign(1, org.parindex.survey.campaign.domain.CampaignStatus.DRAFT);
    private final SampleGroup heads;
    private final SampleGroup delegates = campaign.group("HDND_TINH").orElseThrow();
    private final Unit giaLoc = new Unit(1, new UnitDraft("GIA_LOC", "UBND huyện Gia Lộc", "DISTRICT", null));
    private final Unit binhGiang = new Unit(1, new UnitDraft("BINH_GIANG", "UBND huyện Bình Giang", "DISTRICT", null));

    RespondentOfficeTest() {
        campaign.addLevel("DEPARTMENT", "Cấp sở", "HD-3396-SO");
        heads = campaign.addGroup("TRUONG_PHONG_HUYEN", "Trưởng phòng", null, 3, "DISTRICT");
        heads.addForm("HD-2023-P05", "DEPARTMENT", RaterScope.OFFICE_COUNTERPARTS);
        heads.addOffice("PHONG_TU_PHAP", "Phòng Tư pháp", List.of("SO_TU_PHAP"), List.of());
        heads.addOffice("PHONG_Y_TE", "Phòng Y tế", List.of("SO_Y_TE"), List.of("GIA_LOC"));
        Entities.set(heads, "id", 12L);
        Entities.set(giaLoc, "id", 21L);
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void anOfficeOfTheTableThatTheDistrictHasIsAccepted() {
        assertThat(Respondent.placementErrors(2, heads, giaLoc, "GIA_LOC", "PHONG_Y_TE")).isEmpty();
        assertThat(Respondent.placementErrors(2, heads, binhGiang, "BINH_GIANG", "PHONG_TU_PHAP")).isEmpty();
    }

    @Test
    void aMissingUnknownOrAbsentOfficeIsRefusedNamingTheField() {
        assertThat(messages(Respondent.placementErrors(2, heads, giaLoc, "GIA_LOC", null))).containsExactly(
                "office: nhóm TRUONG_PHONG_HUYEN cần mã phòng của người được điều tra, một trong: PHONG_TU_PHAP,"
                        + " PHONG_Y_TE");
        assertThat(messages(Respondent.placementErrors(2, heads, giaLoc, "GIA_LOC", "PHONG_XYZ"))).containsExactly(
                "office: nhóm TRUONG_PHONG_HUYEN không có phòng mã PHONG_XYZ; mã phòng của GIA_LOC: PHONG_TU_PHAP,"
                        + " PHONG_Y_TE");
        assertThat(messages(Respondent.placementErrors(2, heads, binhGiang, "BINH_GIANG", "PHONG_Y_TE")))
                .containsExactly("office: UBND huyện Bình Giang không có Phòng Y tế; mã phòng của BINH_GIANG:"
                        + " PHONG_TU_PHAP");
        assertThat(Respondent.placementErrors(7, heads, binhGiang, "BINH_GIANG", "PHONG_Y_TE").get(0).row())
                .isEqualTo(7);
    }

    @Test
    void aGroupWithoutAnOfficeTableTakesNoOffice() {
        assertThat(messages(Respondent.placementErrors(null, delegates, null, null, "PHONG_TU_PHAP")))
                .containsExactly("office: nhóm HDND_TINH không đăng ký theo phòng: để trống mã phòng");
        assertThat(Respondent.placementErrors(null, delegates, null, null, null)).isEmpty();
    }

    @Test
    void theRespondentKeepsTheirOfficeAndTheSheetRatesItsDepartment() {
        RespondentDraft d = RespondentDraft.check(null, "Lê Văn Bình", "Trưởng phòng", null, null, null,
                "TRUONG_PHONG_HUYEN", "GIA_LOC", "PHONG_TU_PHAP").draft();
        Respondent r = new Respondent(d, heads, giaLoc, Entities.NOW);

        assertThat(r.office()).contains("PHONG_TU_PHAP");
        assertThat(r.matches(d, heads, giaLoc)).isTrue();
        RespondentDraft other = RespondentDraft.check(null, "Lê Văn Bình", "Trưởng phòng", null, null, null,
                "TRUONG_PHONG_HUYEN", "GIA_LOC", "PHONG_Y_TE").draft();
        assertThat(r.matches(other, heads, giaLoc)).as("a changed office is a change").isFalse();
        assertThat(heads.asPlanGroup().office("PHONG_TU_PHAP").orElseThrow().counterparts())
                .containsExactly("SO_TU_PHAP");
    }
}
