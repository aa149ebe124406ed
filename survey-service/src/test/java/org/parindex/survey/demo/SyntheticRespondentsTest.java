package org.parindex.survey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.UnitQuota;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.shipped.ShippedData.ShippedPlan;
import org.parindex.survey.demo.SyntheticRespondents.Person;

class SyntheticRespondentsTest {

    private final ShippedPlan haiDuong = new ShippedData().samplePlan("haiduong-2023").orElseThrow();
    private final List<Person> people = SyntheticRespondents.forPlan(haiDuong.plan(), haiDuong.units());

    @Test
    void theHaiDuongPlanHasSixGroupsWhoseQuotasSumTo510() {
        assertThat(haiDuong.plan().groups()).hasSize(6);
        assertThat(haiDuong.plan().groups().stream().mapToInt(SampleGroup::quota).sum()).isEqualTo(510);
        assertThat(new ShippedData().samplePlanNames()).contains("haiduong-2023");
    }

    @Test
    void fillsEveryGroupQuotaAndEveryUnitQuotaExactly() {
        assertThat(people).hasSize(510);
        Map<String, Long> perGroup = people.stream().collect(Collectors.groupingBy(Person::group,
                Collectors.counting()));
        for (SampleGroup g : haiDuong.plan().groups()) {
            assertThat(perGroup.get(g.code())).as(g.code()).isEqualTo(g.quota());
            for (UnitQuota q : g.unitQuotas()) {
                long n = people.stream().filter(p -> p.group().equals(g.code()) && q.unit().equals(p.homeUnit()))
                        .count();
                assertThat(n).as(g.code() + " " + q.unit()).isEqualTo(q.quota());
            }
        }
        assertThat(people.stream().filter(p -> "BINH_GIANG".equals(p.homeUnit())
                && p.group().equals("TRUONG_PHONG_HUYEN")).count()).isEqualTo(11);
    }

    @Test
    void eachOfficeHeadHeadsAnotherOfficeOfTheirDistrictAndOnlyTheyHaveAnOffice() {
        SampleGroup heads = haiDuong.plan().group("TRUONG_PHONG_HUYEN").orElseThrow();
        List<Person> officeHeads = people.stream().filter(p -> p.group().equals(heads.code())).toList();

        assertThat(officeHeads).extracting(p -> p.homeUnit() + "/" + p.office()).doesNotHaveDuplicates()
                .hasSize(143);
        assertThat(officeHeads).allMatch(p -> heads.office(p.office()).orElseThrow().isIn(p.homeUnit()));
        assertThat(officeHeads).filteredOn(p -> p.office().equals("PHONG_TU_PHAP")).hasSize(12)
                .allMatch(p -> p.organisation().startsWith("Phòng Tư pháp, "));
        assertThat(people).filteredOn(p -> !p.group().equals(heads.code())).allMatch(p -> p.office() == null);
    }

    @Test
    void addressesAreUniqueAndCanNeverReceiveMail() {
        assertThat(people).extracting(Person::email).doesNotHaveDuplicates()
                .allMatch(e -> e.endsWith("@example.invalid") && e.matches("[a-z.0-9]+@example\\.invalid"));
        assertThat(people).extracting(Person::fullName).allMatch(n -> n.split(" ").length == 3);
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(SyntheticRespondents.forPlan(haiDuong.plan(), haiDuong.units())).isEqualTo(people);
    }

    @Test
    void writesAnImportableCsv() {
        String csv = new String(DemoCampaign.csv(people.subList(0, 2)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("full_name,position,organisation,email,phone,group,home_unit,office");
        assertThat(csv.lines()).hasSize(3);
    }
}
