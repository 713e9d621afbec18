package io.gatehouse.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's entry point ({@code bench/run}): JMH figures for the pieces of the authentication path,
 * then HTTP figures from wrk against a Gatehouse on Payara Micro; prints every figure with its target and
 * PASS/MISS, and writes the report under {@code target/bench/}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> args = Arrays.stream(arguments).flatMap(a -> Arrays.stream(a.trim().split("\\s+"))).toList();
        boolean quick = args.contains("--quick");
        BenchSettings settings = quick ? BenchSettings.quick() : BenchSettings.full();
        if (args.contains("--profile")) {
            settings = settings.profiled();
        }
        Report report = new Report(settings.mode());
        Path work = Path.of("target", "bench", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (!args.contains("--http-only")) {
                new JmhFigures(report, settings.quickJmh()).run();
            }
            if (!args.contains("--jmh-only")) {
                new HttpBenchmark(settings, report, work).run();
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
}
