package org.parindex.scoring.bench;

import org.parindex.scoring.Campaign;
import org.parindex.scoring.SurveyTally;

/** Times the phases of one scoring pass (tally, build and check, score), to see where time goes. */
public final class PassPhases {

    private PassPhases() {
    }

    public static void main(String[] args) {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        NationalCampaign c = new NationalCampaign(answers, 20240110L);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int round = 0; round < rounds; round++) {
            com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
            long a0 = sun.getCurrentThreadAllocatedBytes();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SurveyTally tally = c.tally();
            long c1 = threads.getCurrentThreadCpuTime();
            Campaign campaign = Campaign.builder(c.framework).units(c.units).assessments(c.assessments).tally(tally)
                    .build();
            long c2 = threads.getCurrentThreadCpuTime();
            Object result = campaign.score();
            long c3 = threads.getCurrentThreadCpuTime();
            long t3 = System.nanoTime();
            long allocated = sun.getCurrentThreadAllocatedBytes() - a0;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long live = rt.totalMemory() - rt.freeMemory();
            System.out.printf("cpu: tally %d ms, build %d ms, score %d ms; wall total %d ms; allocated %d MiB; "
                    + "live with result %d MiB%n", (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000,
                    (c3 - c2) / 1_000_000, (t3 - t0) / 1_000_000, allocated >> 20, live >> 20);
            if (result.hashCode() == 42) {
                System.out.println();
            }
        }
    }
}
