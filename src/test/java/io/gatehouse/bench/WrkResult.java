package io.gatehouse.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wrk run as wrk reported it: throughput, latency percentiles, and the errors that make a run invalid
 * (any non-2xx answer or socket error: such a run is shown, never averaged in).
 */
record WrkResult(double requestsPerSecond, long requests, long non2xx, long socketErrors,
        double p50Millis, double p99Millis) {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    static WrkResult parse(String output) {
        double rate = Double.parseDouble(find(RATE, output, "0"));
        long total = Long.parseLong(find(TOTAL, output, "0"));
        long non2xx = Long.parseLong(find(NON_2XX, output, "0"));
        long socket = 0;
        Matcher errors = SOCKET.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socket += Long.parseLong(errors.group(group));
            }
        }
        return new WrkResult(rate, total, non2xx, socket, percentile(output, "50"), percentile(output, "99"));
    }

    boolean valid() {
        return requests > 0 && non2xx == 0 && socketErrors == 0;
    }

    String describe() {
        return String.format(Locale.ROOT, "%,.0f req/s, p50 %.2f ms, p99 %.2f ms, %,d requests, %d non-2xx, %d socket errors%s",
                requestsPerSecond, p50Millis, p99Millis, requests, non2xx, socketErrors, valid() ? "" : "  INVALID");
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    /** A line of wrk's {@code --latency} distribution, e.g. {@code 99%    4.51ms}, in milliseconds. */
    private static double percentile(String output, String percent) {
        Matcher matcher = Pattern.compile("\\s" + percent + "%\\s+([\\d.]+)(us|ms|s|m)\\b").matcher(output);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
