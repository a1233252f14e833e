package org.kharita.ui;

import org.kharita.corpus.DateSpan;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** How dates and types read on screen. */
final class Labels {
    private Labels() {
    }

    /** A month-precise date reads "2024-06", never as a made-up first of the month. */
    static String date(LocalDate date, DatePrecision precision) {
        if (date == null) return "date unknown";
        if (precision == null) return date.toString();
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** The first day an imprecise date could be. */
    static LocalDate start(LocalDate date, DatePrecision precision) {
        return DateSpan.start(date, precision);
    }

    /** The last day an imprecise date could be; null for a day. */
    static LocalDate end(LocalDate date, DatePrecision precision) {
        return date == null || precision == null || precision == DatePrecision.DAY ? null : DateSpan.end(date, precision);
    }

    /**
     * A country as its name in the UI language: events carry ISO 3166 alpha-2 codes (articles' places
     * and UCDP rows mapped at import); anything else (a name from an older import) is shown as it is.
     */
    static String country(String code, String lang) {
        if (code == null) return "";
        if (!code.matches("[A-Z]{2}")) return code;
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang));
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    static String type(EventType type) {
        return type.code().replace('_', ' ');
    }
}
