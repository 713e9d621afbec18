package io.gatehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures and the runs behind them, prints them as they come and writes the whole report as Markdown. */
final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final ZonedDateTime started = ZonedDateTime.now();
    private final String mode;

    Report(String mode) {
        this.mode = mode;
    }

    void figure(Figure figure) {
        figures.add(figure);
        log("FIGURE " + figure.name() + ": " + figure.value() + " (target " + figure.target() + ") " + figure.verdict());
    }

    void series(Series series) {
        StringBuilder text = new StringBuilder("- " + series.name() + ": " + series.summary());
        int number = 1;
        for (WrkResult run : series.runs()) {
            text.append("\n  - run ").append(number++).append(": ").append(run.describe());
        }
        details.add(text.toString());
        log(text.toString());
    }

    void detail(String line) {
        details.add("- " + line);
        log(line);
    }

    static void log(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
        System.out.flush();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("## Run of ").append(started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" (").append(mode).append(")\n\n");
        out.append(machine()).append("\n\n");
        out.append("| figure | value | target | verdict |\n|---|---|---|---|\n");
        for (Figure figure : figures) {
            out.append("| ").append(figure.name()).append(" | ").append(figure.value()).append(" | ")
                    .append(figure.target()).append(" | ").append(figure.verdict()).append(" |\n");
        }
        out.append("\nRuns behind the figures (wrk, ").append(Wrk.THREADS).append(" threads, ")
                .append(Wrk.CONNECTIONS).append(" connections, loopback):\n\n");
        details.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("report-" + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d cores, %.1f GiB memory, %s %s (%s), Payara Micro %s, wrk on the same machine.",
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("os.name"),
                System.getProperty("payara.version", "6.2025.10"));
    }
}
