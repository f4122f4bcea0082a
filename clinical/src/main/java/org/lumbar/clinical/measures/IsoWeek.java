package org.lumbar.clinical.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W47}: Monday to Sunday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** @throws IllegalArgumentException when the text is not a week that exists */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("must look like 2026-W47");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeksInYear = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException(year + " has weeks 1 to " + weeksInYear);
        }
        return new IsoWeek(year, week);
    }

    /** A week given as {@code 2026-W47} or as any date inside it ({@code 2026-11-18}). */
    public static IsoWeek parseWeekOrDate(String text) {
        if (text.contains("W")) {
            return parse(text);
        }
        try {
            return of(LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("must be a week such as 2026-W47 or a date such as 2026-11-18");
        }
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** Whole weeks from this week to {@code other} (negative when other is earlier). */
    public long weeksUntil(IsoWeek other) {
        return ChronoUnit.WEEKS.between(monday(), other.monday());
    }

    /** Every week from {@code from} to {@code to} inclusive; empty when to is before from. */
    public static List<IsoWeek> range(IsoWeek from, IsoWeek to) {
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w = from; w.compareTo(to) <= 0; w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
