package io.gatehouse.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's entry point ({@code bench/run}): JMH figures for the pieces of the authentication path,
 * then HTTP figures from wrk against a Gatehouse on Payara Micro, then the boot step (Gatehouse against a minimal
 * JAX-RS WAR on the same Payara Micro), then the cluster step (a member of a two-member
 * cluster against a single instance, on the local PostgreSQL); prints every figure with its target and
 * PASS/MISS, and writes the report under {@code target/bench/}.
 */
public final class BenchmarkMain {

    private static final List<String> STEPS = List.of("jmh", "http", "boot", "cluster");

    private BenchmarkMain() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> args = Arrays.stream(arguments).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        boolean quick = args.contains("--quick");
        BenchSettings settings = quick ? BenchSettings.quick() : BenchSettings.full();
        if (args.contains("--profile")) {
            settings = settings.profiled();
        }
        Set<String> steps = steps(args);
        Report report = new Report(settings.mode() + (steps.containsAll(STEPS) ? "" : ", steps: " + String.join(", ", steps)));
        Path work = Path.of("target", "bench", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (steps.contains("jmh")) {
                new JmhFigures(report, settings.quickJmh()).run();
            }
            if (steps.contains("http")) {
                new HttpBenchmark(settings, report, work).run();
            }
            if (steps.contains("boot")) {
                new BootBenchmark(settings, report, work).run();
            }
            if (steps.contains("cluster")) {
                new ClusterBenchmark(settings, report, work).run();
            }
        } finally {
            String markdown = report.markdown();
            Path file = report.write(Path.of("target", "bench"));
            System.out.println();
            System.out.println(markdown);
            System.out.println("Report written to " + file);
        }
        System.exit(0);
    }

    /** The steps to run: all of them, or those named by {@code --only STEP[,STEP]} ({@code --jmh-only} and {@code --http-only} still work). */
    private static Set<String> steps(List<String> args) {
        int only = args.indexOf("--only");
        if (only >= 0) {
            if (only + 1 >= args.size()) {
                throw new IllegalArgumentException("--only needs a step: " + String.join(", ", STEPS));
            }
            Set<String> named = new LinkedHashSet<>(Arrays.asList(args.get(only + 1).split(",")));
            if (!STEPS.containsAll(named)) {
                throw new IllegalArgumentException("unknown step in --only " + args.get(only + 1) + "; steps: " + String.join(", ", STEPS));
            }
            return named;
        }
        if (args.contains("--jmh-only")) {
            return Set.of("jmh");
        }
        Set<String> all = new LinkedHashSet<>(STEPS);
        if (args.contains("--http-only")) {
            all.remove("jmh");
        }
        return all;
    }
}
