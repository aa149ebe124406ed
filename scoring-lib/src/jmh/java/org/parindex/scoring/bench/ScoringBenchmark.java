package org.parindex.scoring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;

/**
 * One full scoring pass of a national campaign (3,400 units × 100 leaves): tally every single survey answer, build
 * and check the campaign, score and rank every unit ({@link #fullScoringPass}); and the scoring alone
 * ({@link #scoreOnly}). Runs in a JVM capped at 512 MiB of heap.
 *
 * <p>Besides JMH's wall-clock score, each trial prints the benchmark thread's CPU time per operation over the
 * measurement iterations ({@code [cpu]}) — on a shared machine the wall clock mostly measures the other
 * processes — and the live heap with the inputs and one result held ({@code [heap]}).
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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"100000", "1000000", "10000000"})
    public int answers;

    private NationalCampaign campaign;
    private Campaign checked;
    private boolean measuring;
    private long cpuNanos;
    private long operations;
    private final List<Double> cpuMillisPerOp = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        campaign = new NationalCampaign(answers, 20240110L);
        checked = Campaign.builder(campaign.framework).units(campaign.units).assessments(campaign.assessments)
                .tally(campaign.tally()).build();
    }

    /** Tally the answers, build and check the campaign, score it. */
    @Benchmark
    public CampaignResult fullScoringPass() {
        long start = THREADS.getCurrentThreadCpuTime();
        CampaignResult result = Campaign.builder(campaign.framework).units(campaign.units)
                .assessments(campaign.assessments).tally(campaign.tally()).build().score();
        count(start);
        return result;
    }

    /** Only the scoring and ranking of a campaign already tallied and checked. */
    @Benchmark
    public CampaignResult scoreOnly() {
        long start = THREADS.getCurrentThreadCpuTime();
        CampaignResult result = checked.score();
        count(start);
        return result;
    }

    private void count(long cpuStart) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        operations++;
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        cpuNanos = 0;
        operations = 0;
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        if (measuring && operations > 0) {
            cpuMillisPerOp.add(cpuNanos / 1e6 / operations);
        }
    }

    /** Prints CPU time per operation and the live heap with the inputs and one result held, for the README. */
    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[cpu] answers=%d: benchmark thread CPU per op over the measurement iterations = %s ms"
                + " (mean %.0f ms)%n", answers, cpuMillisPerOp.stream().map(v -> String.format("%.0f", v)).toList(),
                cpuMillisPerOp.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        CampaignResult last = fullScoringPass();
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        System.out.printf("[heap] answers=%d: live heap after GC with inputs and last result = %d MiB "
                + "(max heap %d MiB); %d units scored%n", answers, used >> 20, max >> 20, last.units().size());
    }
}
