package org.parindex.survey.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Office;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitQuota;

class RatedUnitsTest {

    private static final Unit NOI_VU = Unit.of("SO_NOI_VU", "Sở Nội vụ", "DEPARTMENT");
    private static final Unit TAI_CHINH = Unit.of("SO_TAI_CHINH", "Sở Tài chính", "DEPARTMENT");
    private static final Unit GIA_LOC = Unit.of("GIA_LOC", "UBND huyện Gia Lộc", "DISTRICT");
    private static final Unit TU_KY = Unit.of("TU_KY", "UBND huyện Tứ Kỳ", "DISTRICT");
    private static final Unit GIA_LOC_XA = new Unit("GIA_LOC_GIA_TAN", "UBND xã Gia Tân", "COMMUNE", "GIA_LOC");
    private static final List<Unit> ALL = List.of(NOI_VU, GIA_LOC, TAI_CHINH, TU_KY, GIA_LOC_XA);

    private static List<RatedUnit> select(RaterScope scope, String level, List<Unit> units, Unit home) {
        SampleGroup g = new SampleGroup("G", "Nhóm", null, 1, scope.needsHomeUnit() ? "X" : null, List.of(),
                List.of(new SurveyForm("P", level, scope)));
        return RatedUnits.select(g, g.forms().get(0), units, home, null);
    }

    @Test
    void allUnitsOfLevelKeepsTheCampaignsOrder() {
        assertThat(select(RaterScope.ALL_UNITS_OF_LEVEL, "DEPARTMENT", ALL, null))
                .containsExactly(new RatedUnit("SO_NOI_VU", "Sở Nội vụ"), new RatedUnit("SO_TAI_CHINH", "Sở Tài chính"));
    }

    @Test
    void ownUnitOfACommuneChairmanIsTheirDistrict() {
        assertThat(select(RaterScope.OWN_UNIT, "DISTRICT", ALL, GIA_LOC_XA))
                .containsExactly(new RatedUnit("GIA_LOC", "UBND huyện Gia Lộc"));
    }

    @Test
    void ownUnitOfTheRatedLevelIsTheHomeUnitItself() {
        assertThat(select(RaterScope.OWN_UNIT, "COMMUNE", ALL, GIA_LOC_XA))
                .containsExactly(new RatedUnit("GIA_LOC_GIA_TAN", "UBND xã Gia Tân"));
    }

    @Test
    void scopedFormsRateNothingWithoutASuitableHomeUnit() {
        assertThat(select(RaterScope.OWN_UNIT, "DISTRICT", ALL, null)).isEmpty();
        assertThat(select(RaterScope.OWN_UNIT, "DISTRICT", ALL, NOI_VU)).isEmpty();
        assertThat(select(RaterScope.COUNTERPART, "DEPARTMENT", ALL, GIA_LOC)).isEmpty();
    }

    @Test
    void counterpartIsTheHomeUnitOfTheRatedLevel() {
        assertThat(select(RaterScope.COUNTERPART, "DEPARTMENT", ALL, TAI_CHINH))
                .containsExactly(new RatedUnit("SO_TAI_CHINH", "Sở Tài chính"));
    }

    @Test
    void anOfficeHeadRatesTheDepartmentsOfTheirOfficeInTheCampaignsOrder() {
        SampleGroup heads = new SampleGroup("TP", "Trưởng phòng", null, 3, "DISTRICT",
                List.of(new UnitQuota("GIA_LOC", 2), new UnitQuota("TU_KY", 1)),
                List.of(new SurveyForm("P05", "DEPARTMENT", RaterScope.OFFICE_COUNTERPARTS)), List.of(
                        new Office("PHONG_TC_KH", "Phòng Tài chính – Kế hoạch", List.of("SO_TAI_CHINH", "SO_NOI_VU"),
                                List.of()),
                        new Office("PHONG_NOI_VU", "Phòng Nội vụ", List.of("SO_NOI_VU"), List.of("GIA_LOC"))));
        SurveyForm form = heads.forms().get(0);

        assertThat(RatedUnits.select(heads, form, ALL, GIA_LOC, "PHONG_TC_KH")).containsExactly(
                new RatedUnit("SO_NOI_VU", "Sở Nội vụ"), new RatedUnit("SO_TAI_CHINH", "Sở Tài chính"));
        assertThat(RatedUnits.select(heads, form, ALL, GIA_LOC, "PHONG_NOI_VU"))
                .containsExactly(new RatedUnit("SO_NOI_VU", "Sở Nội vụ"));
        assertThat(RatedUnits.select(heads, form, ALL, TU_KY, "PHONG_NOI_VU")).as("Tứ Kỳ has no such office").isEmpty();
        assertThat(RatedUnits.select(heads, form, ALL, GIA_LOC, null)).isEmpty();
        assertThat(RatedUnits.select(heads, form, ALL, GIA_LOC, "PHONG_KHAC")).isEmpty();
    }

    @Test
    void aParentCycleEndsTheSearch() {
        Unit a = new Unit("A", "A", "COMMUNE", "B");
        Unit b = new Unit("B", "B", "COMMUNE", "A");
        assertThat(select(RaterScope.OWN_UNIT, "DISTRICT", List.of(a, b), a)).isEmpty();
    }
}
