package org.kharita.corpus;

import org.kharita.extract.Event.DatePrecision;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days an imprecise date could be: a month-precise event spans its month, never a made-up first day. */
public final class DateSpan {
    private DateSpan() {
    }

    /** The first day the date could be. */
    public static LocalDate start(LocalDate date, DatePrecision precision) {
        if (date == null || precision == null || precision == DatePrecision.DAY) return date;
        return precision == DatePrecision.MONTH ? date.withDayOfMonth(1) : date.withDayOfYear(1);
    }

    /** The last day the date could be (the day itself for a day-precise date). */
    public static LocalDate end(LocalDate date, DatePrecision precision) {
        if (date == null || precision == null || precision == DatePrecision.DAY) return date;
        return precision == DatePrecision.MONTH ? YearMonth.from(date).atEndOfMonth() : date.withDayOfYear(date.lengthOfYear());
    }
}
