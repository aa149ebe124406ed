package org.parindex.survey.campaign.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.GroupOffice;
import org.parindex.survey.campaign.domain.HomeUnitQuota;
import org.parindex.survey.campaign.domain.SampleGroup;

/**
 * Per group, the quota of the sample plan against the respondents registered, with a warning wherever they differ
 * (for the group, for each home unit where the plan breaks the quota down, and for groups registered by office, each
 * office of a home unit that has nobody or more than one person: one head per office).
 *
 * @param quota      sum of the group quotas
 * @param registered respondents registered
 * @param groups     one line per group, in plan order
 * @param warnings   every warning, in Vietnamese
 */
public record QuotaReport(int quota, long registered, List<GroupLine> groups, List<String> warnings) {

    public QuotaReport {
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    /**
     * One group.
     *
     * @param group      the group
     * @param registered its respondents
     * @param units      registered per home unit against the unit quota, for groups broken down by unit
     * @param warnings   what differs
     */
    public record GroupLine(SampleGroup group, long registered, List<UnitLine> units, List<String> warnings) {

        public GroupLine {
            units = List.copyOf(units);
            warnings = List.copyOf(warnings);
        }

        /** Registered minus quota: negative when respondents are missing. */
        public long difference() {
            return registered - group.quota();
        }
    }

    /** Registered respondents of one home unit against its quota. */
    public record UnitLine(String unit, int quota, long registered) {
    }

    /**
     * Builds the report from the counts of registered respondents per group code, per (group, home unit) and per
     * (group, {@code "UNIT OFFICE"}).
     */
    public static QuotaReport of(Campaign campaign, Map<String, Long> perGroup,
                                 Map<String, Map<String, Long>> perGroupAndUnit,
                                 Map<String, Map<String, Long>> perGroupUnitAndOffice) {
        List<GroupLine> lines = new ArrayList<>();
        List<String> all = new ArrayList<>();
        long registered = 0;
        for (SampleGroup g : campaign.groups()) {
            long n = perGroup.getOrDefault(g.code(), 0L);
            registered += n;
            List<String> warnings = new ArrayList<>();
            if (n < g.quota()) {
                warnings.add("Nhóm “" + g.name() + "”: thiếu " + (g.quota() - n) + " người (đã đăng ký " + n + "/"
                        + g.quota() + ")");
            } else if (n > g.quota()) {
                warnings.add("Nhóm “" + g.name() + "”: thừa " + (n - g.quota()) + " người (đã đăng ký " + n + "/"
                        + g.quota() + ")");
            }
            List<UnitLine> units = new ArrayList<>();
            Map<String, Long> byUnit = perGroupAndUnit.getOrDefault(g.code(), Map.of());
            for (HomeUnitQuota q : g.unitQuotas()) {
                long u = byUnit.getOrDefault(q.unitCode(), 0L);
                units.add(new UnitLine(q.unitCode(), q.quota(), u));
                if (u != q.quota() && n > 0) {
                    warnings.add("Nhóm “" + g.name() + "”, đơn vị " + q.unitCode() + ": đã đăng ký " + u + "/"
                            + q.quota());
                }
                if (n > 0) {
                    warnings.addAll(officeWarnings(g, q.unitCode(),
                            perGroupUnitAndOffice.getOrDefault(g.code(), Map.of())));
                }
            }
            all.addAll(warnings);
            lines.add(new GroupLine(g, n, units, warnings));
        }
        return new QuotaReport(campaign.quotaTotal(), registered, lines, all);
    }

    /** Offices of {@code unit} in the group's table with nobody or with more than one person registered. */
    private static List<String> officeWarnings(SampleGroup g, String unit, Map<String, Long> byUnitAndOffice) {
        List<String> warnings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (GroupOffice o : g.offices()) {
            if (!o.isIn(unit)) {
                continue;
            }
            long n = byUnitAndOffice.getOrDefault(unit + " " + o.code(), 0L);
            if (n == 0) {
                missing.add(o.name());
            } else if (n > 1) {
                warnings.add("Nhóm " + g.code() + ", đơn vị " + unit + ": " + n + " người cùng " + o.name()
                        + " (mỗi phòng một người)");
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(0, "Nhóm " + g.code() + ", đơn vị " + unit + ": chưa có người của " + String.join(", ",
                    missing));
        }
        return warnings;
    }
}
