package org.parindex.survey.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.parindex.scoring.Office;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitQuota;

/**
 * Made-up respondents that fill a sample plan's quotas exactly: one per place of every group's quota, spread over
 * the home units as the plan's unit quotas say (or evenly over the units of the home level when it does not
 * break a group down), one head per office of a home unit for groups with an office table. Names are generated from common Vietnamese family, middle and given names; e-mail
 * addresses are at {@code example.invalid}, a domain that can never receive mail. The same plan always gives the
 * same people.
 */
public final class SyntheticRespondents {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Mạc", "Cao"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Thanh", "Ngọc", "Quang", "Hữu", "Thu",
        "Hoài", "Xuân", "Kim", "Công", "Thế", "Diệu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh",
        "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc",
        "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"};

    /** Position (chức vụ) by group code for the Hải Dương plan's groups; other groups use the group's name. */
    private static final Map<String, String[]> POSITIONS = Map.of(
            "HDND_TINH", new String[] {"Đại biểu HĐND tỉnh"},
            "LANH_DAO_MTTQ_TINH", new String[] {"Chủ tịch UBMTTQ tỉnh", "Phó Chủ tịch UBMTTQ tỉnh"},
            "LANH_DAO_UBND_HUYEN", new String[] {"Chủ tịch UBND", "Phó Chủ tịch UBND"},
            "TRUONG_PHONG_HUYEN", new String[] {"Trưởng phòng"},
            "LANH_DAO_SO", new String[] {"Giám đốc", "Phó Giám đốc"},
            "CHU_TICH_UBND_XA", new String[] {"Chủ tịch UBND"});

    private SyntheticRespondents() {
    }

    /**
     * One generated person, with group, home unit and office by code ({@code homeUnit} null for groups without one,
     * {@code office} null for groups without an office table).
     */
    public record Person(String fullName, String position, String organisation, String email, String phone,
                         String group, String homeUnit, String office) {
    }

    /** Exactly {@code plan.quotaTotal()} people, group by group in plan order. */
    public static List<Person> forPlan(SamplePlan plan, List<Unit> units) {
        Random random = new Random(plan.code().hashCode() * 31L + plan.year());
        List<Person> people = new ArrayList<>();
        for (SampleGroup g : plan.groups()) {
            List<Unit> homes = homes(g, units);
            Map<String, Integer> officeIndex = new java.util.HashMap<>();
            long perRound = Math.max(1, homes.stream().map(Unit::code).distinct().count());
            String[] positions = POSITIONS.getOrDefault(g.code(), new String[] {g.name()});
            for (int i = 0; i < g.quota(); i++) {
                Unit home = homes.isEmpty() ? null : homes.get(i);
                int round = (int) (homes.isEmpty() ? i : i / perRound);
                String family = FAMILY[random.nextInt(FAMILY.length)];
                String middle = MIDDLE[random.nextInt(MIDDLE.length)];
                String given = GIVEN[random.nextInt(GIVEN.length)];
                int n = people.size() + 1;
                String email = ascii(given + "." + family + "." + middle).toLowerCase(Locale.ROOT)
                        + String.format(Locale.ROOT, ".%03d@example.invalid", n);
                String phone = String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000));
                String position = positions[Math.min(round, positions.length - 1)];
                String organisation = home == null ? provincialBody(g, plan) : home.name();
                Office office = null;
                if (home != null && !g.offices().isEmpty()) {
                    // one head per office: the k-th person of a unit heads its k-th office
                    List<Office> here = g.officesIn(home.code());
                    int k = officeIndex.merge(home.code(), 1, Integer::sum) - 1;
                    office = here.isEmpty() ? null : here.get(k % here.size());
                    organisation = office == null ? organisation : office.name() + ", " + home.name();
                }
                people.add(new Person(family + " " + middle + " " + given, position, organisation, email, phone,
                        g.code(), home == null ? null : home.code(), office == null ? null : office.code()));
            }
        }
        return people;
    }

    /** Home units to cycle through so that each appears as often as its unit quota says. */
    private static List<Unit> homes(SampleGroup g, List<Unit> units) {
        if (g.homeLevel() == null) {
            return List.of();
        }
        List<Unit> homes = new ArrayList<>();
        if (!g.unitQuotas().isEmpty()) {
            // Round-robin over units, each until its quota is used: unit i of the cycle gets quota(unit) places.
            int max = g.unitQuotas().stream().mapToInt(UnitQuota::quota).max().orElse(0);
            for (int round = 0; round < max; round++) {
                for (UnitQuota q : g.unitQuotas()) {
                    if (round < q.quota()) {
                        units.stream().filter(u -> u.code().equals(q.unit())).findFirst().ifPresent(homes::add);
                    }
                }
            }
            return homes;
        }
        List<Unit> ofLevel = units.stream().filter(u -> u.level().equals(g.homeLevel())).toList();
        for (int i = 0; i < g.quota() && !ofLevel.isEmpty(); i++) {
            homes.add(ofLevel.get(i % ofLevel.size()));
        }
        return homes;
    }

    private static String provincialBody(SampleGroup g, SamplePlan plan) {
        return switch (g.code()) {
            case "HDND_TINH" -> "HĐND tỉnh " + plan.province();
            case "LANH_DAO_MTTQ_TINH" -> "Ủy ban MTTQ Việt Nam tỉnh " + plan.province();
            default -> g.name() + " " + plan.province();
        };
    }

    /** {@code "Nguyễn"} → {@code "Nguyen"}, {@code "Đức"} → {@code "Duc"}. */
    static String ascii(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }
}
