package org.parindex.scoring.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;

/**
 * One full scoring pass of a national campaign (3,400 units × 100 leaves): tally every single survey answer, build
 * and check the campaign, score and rank every unit ({@link #fullScoringPass}); and the scoring alone
 * ({@link #scoreOnly}). Runs in a JVM capped at 512 MiB of heap.
 *
 * <pre>
 * mvn -pl scoring-lib -Pjmh test-compile exec:exec -Djmh.args="-wi 2 -i 3 -f 1 -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScoringBenchmark {

    @Param({"100000", "1000000", "10000000"})
    public int answers;

    private NationalCampaign campaign;
    private Campaign checked;

    @Setup(Level.Trial)
    public void setUp() {
        campaign = new NationalCampaign(answers, 20240110L);
        checked = Campaign.builder(campaign.framework).units(campaign.units).assessments(campaign.assessments)
                .tally(campaign.tally()).build();
    }

    /** Only the scoring and ranking of a campaign already tallied and checked. */
    @Benchmark
    public CampaignResult scoreOnly() {
        return checked.score();
    }

    /** Tally the answers, build and check the campaign, score it. */
    @Benchmark
    public CampaignResult fullScoringPass() {
        return Campaign.builder(campaign.framework).units(campaign.units).assessments(campaign.assessments)
                .tally(campaign.tally()).build().score();
    }

    /** Prints the live heap with the inputs and one result held, after a full GC, for the README. */
    @TearDown(Level.Trial)
    public void reportHeap() {
        CampaignResult last = fullScoringPass();
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        System.out.printf("%n[heap] answers=%d: live heap after GC with inputs and last result = %d MiB "
                + "(max heap %d MiB); %d units scored%n", answers, used >> 20, max >> 20, last.units().size());
    }
}
