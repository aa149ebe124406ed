package org.parindex.survey.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.Unit;

class RatedUnitsTest {

    private static final Unit NOI_VU = Unit.of("SO_NOI_VU", "Sở Nội vụ", "DEPARTMENT");
    private static final Unit TAI_CHINH = Unit.of("SO_TAI_CHINH", "Sở Tài chính", "DEPARTMENT");
    private static final Unit GIA_LOC = Unit.of("GIA_LOC", "UBND huyện Gia Lộc", "DISTRICT");
    private static final Unit TU_KY = Unit.of("TU_KY", "UBND huyện Tứ Kỳ", "DISTRICT");
    private static final Unit GIA_LOC_XA = new Unit("GIA_LOC_GIA_TAN", "UBND xã Gia Tân", "COMMUNE", "GIA_LOC");
    private static final List<Unit> ALL = List.of(NOI_VU, GIA_LOC, TAI_CHINH, TU_KY, GIA_LOC_XA);

    @Test
    void allUnitsOfLevelKeepsTheCampaignsOrder() {
        assertThat(RatedUnits.select(RaterScope.ALL_UNITS_OF_LEVEL, "DEPARTMENT", ALL, null))
                .containsExactly(new RatedUnit("SO_NOI_VU", "Sở Nội vụ"), new RatedUnit("SO_TAI_CHINH", "Sở Tài chính"));
    }

    @Test
    void ownUnitOfACommuneChairmanIsTheirDistrict() {
        assertThat(RatedUnits.select(RaterScope.OWN_UNIT, "DISTRICT", ALL, GIA_LOC_XA))
                .containsExactly(new RatedUnit("GIA_LOC", "UBND huyện Gia Lộc"));
    }

    @Test
    void ownUnitOfTheRatedLevelIsTheHomeUnitItself() {
        assertThat(RatedUnits.select(RaterScope.OWN_UNIT, "COMMUNE", ALL, GIA_LOC_XA))
                .containsExactly(new RatedUnit("GIA_LOC_GIA_TAN", "UBND xã Gia Tân"));
    }

    @Test
    void scopedFormsRateNothingWithoutASuitableHomeUnit() {
        assertThat(RatedUnits.select(RaterScope.OWN_UNIT, "DISTRICT", ALL, null)).isEmpty();
        assertThat(RatedUnits.select(RaterScope.OWN_UNIT, "DISTRICT", ALL, NOI_VU)).isEmpty();
        assertThat(RatedUnits.select(RaterScope.COUNTERPART, "DEPARTMENT", ALL, GIA_LOC)).isEmpty();
    }

    @Test
    void counterpartIsTheHomeUnitOfTheRatedLevel() {
        assertThat(RatedUnits.select(RaterScope.COUNTERPART, "DEPARTMENT", ALL, TAI_CHINH))
                .containsExactly(new RatedUnit("SO_TAI_CHINH", "Sở Tài chính"));
    }

    @Test
    void aParentCycleEndsTheSearch() {
        Unit a = new Unit("A", "A", "COMMUNE", "B");
        Unit b = new Unit("B", "B", "COMMUNE", "A");
        assertThat(RatedUnits.select(RaterScope.OWN_UNIT, "DISTRICT", List.of(a, b), a)).isEmpty();
    }
}
