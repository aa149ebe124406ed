package org.parindex.survey.campaign.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.HomeUnitQuota;
import org.parindex.survey.campaign.domain.SampleGroup;

/**
 * Per group, the quota of the sample plan against the respondents registered, with a warning wherever they differ
 * (for the group, and for each home unit where the plan breaks the quota down).
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
     * Builds the report from the counts of registered respondents per group code and per (group, home unit).
     */
    public static QuotaReport of(Campaign campaign, Map<String, Long> perGroup,
                                 Map<String, Map<String, Long>> perGroupAndUnit) {
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
            }
            all.addAll(warnings);
            lines.add(new GroupLine(g, n, units, warnings));
        }
        return new QuotaReport(campaign.quotaTotal(), registered, lines, all);
    }
}
