package org.kharita.ui;

import org.kharita.corpus.DateSpan;
import org.kharita.corpus.EventRow;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.ArabicNames;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** How dates and types read on screen. */
final class Labels {
    private Labels() {
    }

    /** A month-precise date reads "2024-06", never as a made-up first of the month. */
    static String date(LocalDate date, DatePrecision precision) {
        return date(date, precision, Texts.of("en"));
    }

    static String date(LocalDate date, DatePrecision precision, Texts texts) {
        if (date == null) return texts.get("dateUnknown");
        if (precision == null) return date.toString();
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /**
     * A place as the list and the popup name it: an event known only near its place or to its district
     * (ACLED's precision 2, which a village placed at its district seat gets too) reads as approximate,
     * so its pin, stacked on the seat's, is not taken for the village's own.
     */
    static String place(EventRow r, Texts texts) {
        String name = placeName(r, texts);
        return r.locationPrecision() == 2 ? "≈ " + name + " (" + texts.get("approximate") + ")" : name;
    }

    /** The row's place by its name in the UI language where the gazetteer has it (rows keep the English name). */
    static String placeName(EventRow r, Texts texts) {
        return r.placeName() == null ? "" : placeName(r.placeName(), r.country(), texts);
    }

    /** @param country the ISO code the name's place is in, telling namesakes in other countries apart */
    static String placeName(String name, String country, Texts texts) {
        return texts.rightToLeft() ? ArabicNames.load().byName(name, country).orElse(name) : name;
    }

    /** English country names (Java's, with UCDP's and the extractor's spellings of a few) to ISO codes. */
    private static final java.util.Map<String, String> COUNTRY_CODES = countryCodes();

    private static java.util.Map<String, String> countryCodes() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String code : Locale.getISOCountries()) m.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
        m.putAll(java.util.Map.of("Russia", "RU", "Syria", "SY", "Iran", "IR", "North Korea", "KP", "South Korea", "KR",
                "Myanmar (Burma)", "MM", "DR Congo (Zaire)", "CD", "United States", "US", "United Kingdom", "GB"));
        return java.util.Map.copyOf(m);
    }

    /**
     * An actor or claimant in the UI language: the extractor's closed set of English labels ("Hamas",
     * "Ukrainian General Staff") from the message bundle, countries and a country's government (the
     * extractor's "Russia", UCDP's "Government of Ukraine") by the locale's country names; any other name
     * (a dataset's armed group, an office read from the text) as the source gave it.
     */
    static String actor(String name, Texts texts) {
        if (name == null || "en".equals(texts.lang())) return name;
        String key = actorKey(name);
        if (texts.has(key)) return texts.get(key);
        String code = COUNTRY_CODES.get(name);
        if (code != null) return country(code, texts.lang());
        if (name.startsWith("Government of ")) {
            String gov = COUNTRY_CODES.get(name.substring("Government of ".length()));
            if (gov != null) return texts.format("actor.government", country(gov, texts.lang()));
        }
        return name;
    }

    /** The bundle key of an actor's label: "Sudan (army)" is {@code name.sudan-army}. */
    static String actorKey(String name) {
        return "name." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
}
