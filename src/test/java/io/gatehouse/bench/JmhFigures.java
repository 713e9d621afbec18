package io.gatehouse.bench;

import static io.gatehouse.bench.Figure.check;
import static io.gatehouse.bench.Figure.reported;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link AuthenticationPathBenchmark} with JMH (before the server starts, so nothing competes) and reports its figures. */
final class JmhFigures {

    private final Report report;
    private final boolean quick;

    JmhFigures(Report report, boolean quick) {
        this.report = report;
        this.quick = quick;
    }

    void run() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(AuthenticationPathBenchmark.class.getName() + "\\.")
                .forks(1)
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Map<String, Double> nanos = new HashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            double score = result.getPrimaryResult().getScore();
            nanos.put(name, score);
            report.detail(String.format(Locale.ROOT, "JMH %s: %.1f ns/op (± %.1f)", name, score, result.getPrimaryResult().getScoreError()));
        }
        for (String piece : new String[] {"credentialExtraction", "tokenHashing", "sessionCacheLookup"}) {
            report.figure(reported("JMH: " + piece, nanoseconds(nanos.get(piece))));
        }
        double step = nanos.get("sessionTokenAuthentication");
        double jwt = nanos.get("clerkJwtVerification");
        report.figure(check("JMH: whole session-token authentication step (header, hash, cache lookup, expiry, principal)",
                nanoseconds(step), "<= 0.5 µs", step <= 500));
        report.figure(reported("JMH: Clerk JWT verification (parse, RS256 with a cached key, claims)", nanoseconds(jwt)));
        report.figure(check("JMH: Clerk JWT verification vs session-token step", String.format(Locale.ROOT, "%.0fx", jwt / step),
                ">= 100x", jwt / step >= 100));
    }

    private static String nanoseconds(Double value) {
        if (value == null) {
            return "not measured";
        }
        return value >= 1000 ? String.format(Locale.ROOT, "%.2f µs", value / 1000) : String.format(Locale.ROOT, "%.0f ns", value);
    }
}
