package org.manara.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 timestamps with an offset, as {@link OffsetDateTime#parse} reads them, with a fast path
 * for the form nearly every post carries ({@code 2026-03-01T12:00:00Z}, {@code
 * 2026-03-01T12:00:00.123+02:00}: seconds, an optional fraction of 1 to 9 digits, {@code Z} or
 * {@code ±HH:MM}). {@code OffsetDateTime.parse} costs a few microseconds per call, which was 7% of
 * the streaming job's analysing thread (two timestamps per post). Any other spelling, and any
 * out-of-range field, goes to {@code OffsetDateTime.parse}, so the accepted strings, the results
 * and the errors are exactly its own.
 */
final class Timestamps {
    private static final int DATE_TIME_LENGTH = 19; // 2026-03-01T12:00:00

    private Timestamps() {}

    /**
     * The instant {@code s} names.
     *
     * @throws DateTimeParseException as {@link OffsetDateTime#parse(CharSequence)} does
     */
    static Instant parse(String s) {
        Instant fast = fast(s);
        return fast != null ? fast : OffsetDateTime.parse(s).toInstant();
    }

    /**
     * The instant, or null when {@code s} is not in the fast path's form or a field is out of
     * range.
     */
    static Instant fast(String s) {
        int n = s.length();
        if (n < DATE_TIME_LENGTH + 1
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int i = DATE_TIME_LENGTH;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6
                && (s.charAt(i) == '+' || s.charAt(i) == '-')
                && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // 2026-02-30 and the like: OffsetDateTime.parse gives the error
        }
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
