package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Unit;

/** The shipped units files: well-formed codes, parents that exist, and the counts of the Hải Dương plan. */
class UnitsTest {

    private static final Path HD = ShippedData.ROOT.resolve("units/haiduong-2023.csv");

    @Test
    void everyUnitsFileIsWellFormed() {
        for (Path file : ShippedData.files("units", ".csv")) {
            assertThat(ShippedData.header(file)).as(file.toString()).containsExactly("code", "name", "level", "parent");
            List<Unit> units = ShippedData.units(file);
            Map<String, Unit> byCode = units.stream().collect(Collectors.toMap(Unit::code, u -> u));
            assertThat(units).extracting(Unit::code).as(file.toString()).doesNotHaveDuplicates()
                    .allMatch(c -> c.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), "ASCII upper snake case");
            for (Unit u : units) {
                assertThat(u.name()).as(u.code()).isNotEqualTo(u.code());
                u.parentCode().ifPresent(p -> assertThat(byCode).as(u.code() + " parent").containsKey(p));
            }
        }
    }

    @Test
    void haiDuongHas18Departments12DistrictsAnd235Communes() {
        List<Unit> units = ShippedData.units(HD);
        Map<String, Long> byLevel = units.stream().collect(Collectors.groupingBy(Unit::level, Collectors.counting()));

        assertThat(byLevel).containsOnly(Map.entry("DEPARTMENT", 18L), Map.entry("DISTRICT", 12L),
                Map.entry("COMMUNE", 235L));
        assertThat(units.stream().filter(u -> u.level().equals("DISTRICT")).map(Unit::code)).containsExactly(
                "TP_HAI_DUONG", "TP_CHI_LINH", "TX_KINH_MON", "BINH_GIANG", "CAM_GIANG", "GIA_LOC", "KIM_THANH",
                "NAM_SACH", "NINH_GIANG", "THANH_HA", "THANH_MIEN", "TU_KY");
    }

    @Test
    void everyHaiDuongCommuneBelongsToADistrictWithTheRealCounts() {
        List<Unit> units = ShippedData.units(HD);
        Map<String, String> levelOf = units.stream().collect(Collectors.toMap(Unit::code, Unit::level));
        Map<String, Long> perDistrict = units.stream().filter(u -> u.level().equals("COMMUNE"))
                .peek(u -> assertThat(levelOf.get(u.parent())).as(u.code()).isEqualTo("DISTRICT"))
                .collect(Collectors.groupingBy(Unit::parent, Collectors.counting()));

        // Administrative units as of 2023 (the 2019–2020 mergers done, the 2025 ones not yet).
        assertThat(perDistrict).containsOnly(Map.entry("TP_HAI_DUONG", 25L), Map.entry("TP_CHI_LINH", 19L),
                Map.entry("TX_KINH_MON", 23L), Map.entry("BINH_GIANG", 16L), Map.entry("CAM_GIANG", 17L),
                Map.entry("GIA_LOC", 18L), Map.entry("KIM_THANH", 18L), Map.entry("NAM_SACH", 19L),
                Map.entry("NINH_GIANG", 20L), Map.entry("THANH_HA", 20L), Map.entry("THANH_MIEN", 17L),
                Map.entry("TU_KY", 23L));
        assertThat(units).anyMatch(u -> u.name().equals("UBND xã Thanh Giang") && "THANH_MIEN".equals(u.parent()));
    }
}
