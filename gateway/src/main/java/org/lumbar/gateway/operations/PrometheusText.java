package org.lumbar.gateway.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The Prometheus text exposition format (what {@code /q/metrics} answers), read into samples. */
final class PrometheusText {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Sample sample = sample(trimmed);
            if (sample != null) {
                samples.add(sample);
            }
        }
        return new PrometheusText(samples);
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String name;
        Map<String, String> labels = new LinkedHashMap<>();
        int valueStart;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int end = labels(line, brace + 1, labels);
            if (end < 0) {
                return null;
            }
            valueStart = end + 1;
        } else {
            name = line.substring(0, space);
            valueStart = space;
        }
        String[] rest = line.substring(valueStart).trim().split("\\s+");
        try {
            return new Sample(name, labels, Double.parseDouble(rest[0].replace("+Inf", "Infinity").replace("-Inf", "-Infinity")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads {@code a="1",b="x\"y"} up to the closing brace; returns its index, or -1 when the line is malformed. */
    private static int labels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            int equals = line.indexOf('=', i);
            if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                return -1;
            }
            String key = line.substring(i, equals);
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            for (; j < line.length(); j++) {
                char v = line.charAt(j);
                if (v == '\\' && j + 1 < line.length()) {
                    char next = line.charAt(++j);
                    value.append(next == 'n' ? '\n' : next);
                } else if (v == '"') {
                    break;
                } else {
                    value.append(v);
                }
            }
            labels.put(key, value.toString());
            i = j + 1;
        }
        return -1;
    }

    List<Sample> named(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The sum over every series of a metric, or null when the service has none. */
    Double sum(String name) {
        return sum(name, labels -> true);
    }

    Double sum(String name, Predicate<Map<String, String>> where) {
        List<Sample> matching = named(name).stream().filter(s -> where.test(s.labels()) && Double.isFinite(s.value())).toList();
        return matching.isEmpty() ? null : matching.stream().mapToDouble(Sample::value).sum();
    }

    /** The largest value over every series of a metric, or null when the service has none. */
    Double max(String name) {
        return named(name).stream().map(Sample::value).filter(Double::isFinite).max(Double::compare).orElse(null);
    }

    /** Cumulative histogram counts by upper bound ({@code le}), summed over every other label. */
    Map<Double, Double> buckets(String histogram, Predicate<Map<String, String>> where) {
        Map<Double, Double> buckets = new java.util.TreeMap<>();
        for (Sample s : named(histogram + "_bucket")) {
            String le = s.labels().get("le");
            if (le == null || !where.test(s.labels())) {
                continue;
            }
            double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            buckets.merge(bound, s.value(), Double::sum);
        }
        return buckets;
    }
}
