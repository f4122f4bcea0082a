package org.lumbar.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * What a patient's browser downloads: the web app's bundles as the package build wrote them, gzipped, printed with
 * the budget. Today needs the app bundle and its stylesheet; the charts bundle comes with the first chart.
 */
class WebBundleSizeIT {

    private static final Path BUNDLE = Path.of("target/web-bundler/prod/dist/static/bundle");
    private static final long BUDGET = 200 * 1024;

    @Test
    void theAppsJavaScriptAndCssFitTheBudgetGzipped() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(BUNDLE)) {
            files = listed.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(files).as("bundles in " + BUNDLE).isNotEmpty();
        long total = 0;
        long today = 0;
        StringBuilder report = new StringBuilder("\n[web app] JavaScript and CSS, gzipped (budget " + BUDGET / 1024 + " kB):\n");
        for (Path file : files) {
            long gzipped = gzipped(Files.readAllBytes(file));
            total += gzipped;
            boolean charts = file.getFileName().toString().startsWith("charts-");
            if (!charts) {
                today += gzipped;
            }
            report.append(String.format("  %-28s %8.1f kB%s%n", file.getFileName(), gzipped / 1024.0,
                    charts ? "  (loaded with the first chart)" : ""));
        }
        report.append(String.format("  %-28s %8.1f kB%n  %-28s %8.1f kB%n", "Today loads", today / 1024.0,
                "the whole app", total / 1024.0));
        System.out.println(report);
        assertThat(total).as("the whole app, gzipped").isLessThanOrEqualTo(BUDGET);
    }

    private static long gzipped(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        }
        return out.size();
    }
}
