package org.kharita.extract;

import org.kharita.extract.Event.DatePrecision;
import org.kharita.geo.Language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions of one sentence, resolved against the article's publication date. Each answer has a
 * precision and a note saying how it was reached, because analysts check relative dates by hand.
 * <p>
 * Without a publication date a relative expression ("الأربعاء", "last June", "вчера") is still found
 * but left unresolved ({@code date == null}) with the reason in the note. Years before 1900 are never
 * an event date (they are history: "since 1812"); dates after publication are kept but flagged
 * {@link DateMention#future()} so that the event layer can refuse to report them as events.
 */
final class DateResolver {

    /**
     * @param start, end offsets into the text given to {@link #find}
     * @param since  the date opens a period ("منذ", "since", "с") and is not when something happened
     */
    record DateMention(LocalDate date, DatePrecision precision, String note, int start, int end,
                       boolean since, boolean future) {
    }

    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";

    // Arabic month names, folded (TextFold): the Egyptian/Gulf family and the Levantine one.
    private static final String[][] AR_MONTHS = {
            {"يناير", "كانون الثاني"}, {"فبراير", "شباط"}, {"مارس", "اذار"}, {"ابريل", "نيسان"},
            {"مايو", "ايار"}, {"يونيو|يونيه", "حزيران"}, {"يوليو|يوليه", "تموز"}, {"اغسطس", "اب"},
            {"سبتمبر", "ايلول"}, {"اكتوبر", "تشرين الاول"}, {"نوفمبر", "تشرين الثاني"}, {"ديسمبر", "كانون الاول"}};
    private static final String[] EN_MONTHS = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};
    /** Russian then Ukrainian, each in the case forms dates use (genitive "24 октября", locative "в октябре"). */
    private static final String[] CYR_MONTHS = {
            "январь|января|январе|січень|січня|січні", "февраль|февраля|феврале|лютий|лютого|лютому",
            "март|марта|марте|березень|березня|березні", "апрель|апреля|апреле|квітень|квітня|квітні",
            "май|мая|мае|травень|травня|травні", "июнь|июня|июне|червень|червня|червні",
            "июль|июля|июле|липень|липня|липні", "август|августа|августе|серпень|серпня|серпні",
            "сентябрь|сентября|сентябре|вересень|вересня|вересні", "октябрь|октября|октябре|жовтень|жовтня|жовтні",
            "ноябрь|ноября|ноябре|листопад|листопада|листопаді", "декабрь|декабря|декабре|грудень|грудня|грудні"};

    private static final String[] AR_DAYS = {"الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"};
    private static final String[] EN_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] CYR_DAYS = {"понедельник|понеділок", "вторник|вівторок", "среду|среда|середу|середа",
            "четверг|четвер", "пятницу|пятница|п'ятницю|п'ятниця", "субботу|суббота|суботу|субота",
            "воскресенье|неділю|неділя"};

    private static final Map<String, Integer> AR_ORDINALS = Map.of("الاول", 1, "الثاني", 2, "الثالث", 3,
            "الرابع", 4, "الخامس", 5, "السادس", 6, "السابع", 7, "الثامن", 8, "التاسع", 9, "العاشر", 10);

    private enum Rel { NONE, LAST, THIS, NEXT }

    private final Language language;
    private final LocalDate published;
    private final String text;
    private final String folded;
    private final TextFold fold;
    private final List<DateMention> found = new ArrayList<>();

    private DateResolver(String text, Language language, LocalDate published) {
        this.text = text;
        this.language = language;
        this.published = published;
        this.fold = TextFold.of(text);
        this.folded = fold.text();
    }

    /** All date expressions in {@code text}, in text order, offsets into {@code text}. */
    static List<DateMention> find(String text, Language language, LocalDate published) {
        DateResolver r = new DateResolver(text, language, published);
        switch (language) {
            case AR -> r.arabic();
            case EN -> r.english();
            case RU, UK -> r.cyrillic();
        }
        r.found.sort(Comparator.comparingInt(DateMention::start));
        return r.found;
    }

    // ---------------------------------------------------------------- Arabic

    private void arabic() {
        String month = monthAlternation(AR_MONTHS, true);
        String safeMonth = monthAlternation(AR_MONTHS, false);
        String year = "(?:\\s*(?:من\\s+)?(?:عام|العام|سنة)?\\s*(\\d{4})|\\s+(?:من\\s+)?(العام الحالي|العام الجاري|هذا العام|العام الماضي))?";
        // "6 أغسطس/ آب من العام الحالي", "27 أغسطس/آب 2024", "6 آب"
        scan(L + "(\\d{1,2})\\s*(?:من\\s+)?(" + month + "|اب(?:\\s*[/(]\\s*اغسطس\\)?)?)" + year + R, m ->
                dayMonth(m, Integer.parseInt(m.group(1)), arMonth(m.group(2)), arYear(m.group(3), m.group(4))));
        // "في السادس من أغسطس"
        scan(L + "(" + String.join("|", AR_ORDINALS.keySet()) + ")\\s+من\\s+(?:شهر\\s+)?(" + safeMonth + ")" + year + R, m ->
                dayMonth(m, AR_ORDINALS.get(m.group(1)), arMonth(m.group(2)), arYear(m.group(3), m.group(4))));
        // "يونيو الماضي", "أكتوبر الحالي", "الشهر الماضي"
        scan(L + "(?:[وبل]|في\\s+|خلال\\s+)?(?:شهر\\s+)?(" + safeMonth + ")\\s+(الماضي|المنصرم|الفائت|الحالي|الجاري|المقبل|القادم)" + R,
                m -> relativeMonth(m, arMonth(m.group(1)), arRel(m.group(2))));
        scan(L + "(?:[وبل]|في\\s+)?(?:شهر\\s+)?(" + safeMonth + ")(?:\\s+(?:من\\s+)?(?:عام\\s+)?(\\d{4}))?" + R,
                m -> monthYear(m, arMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        scan(L + "(?:[وبل]|في\\s+)?(الشهر|العام|السنة)\\s+(الماضي|الماضية|المنصرم|الحالي|الجاري|الحالية)" + R,
                m -> relativePeriod(m, m.group(1).equals("الشهر"), arRel(m.group(2))));
        scan(L + "(?:[وبل]|في\\s+)?هذا\\s+(الشهر|العام)" + R, m -> relativePeriod(m, m.group(1).equals("الشهر"), Rel.THIS));
        scan(L + "(?:في\\s+)?(?:عام|العام|سنة|لعام)\\s+(\\d{4})" + R, m -> year(m, Integer.parseInt(m.group(1))));
        // "اليوم الخميس", "أمس الأحد", "الأربعاء الماضي"; a bare weekday needs a comma, dash or "يوم" beside it
        // because "الأحد" and "الاثنين" are also "the one" and "the two".
        String days = String.join("|", AR_DAYS);
        scan(L + "(اليوم|امس|يوم|مساء|صباح|ليلة|فجر)\\s+(" + days + ")(?:\\s+(الماضي|المقبل|القادم))?" + R, m ->
                weekday(m, arDay(m.group(2)), m.group(1).equals("اليوم") ? "today" : m.group(1).equals("امس") ? "yesterday" : null,
                        m.group(3) == null ? Rel.NONE : arRel(m.group(3))));
        scan("(?:[،,:\\-–]\\s*|^)(" + days + ")(?:\\s+(الماضي|المقبل|القادم))?(?=\\s*[،,\\-–:.]|\\s*$)", m ->
                weekday(m, arDay(m.group(1)), null, m.group(2) == null ? Rel.NONE : arRel(m.group(2))), 1);
        scan(L + "(?:[وب])?(الثلاثاء|الاربعاء|الخميس|الجمعة|السبت)(?:\\s+(الماضي|المقبل|القادم))?" + R, m ->
                weekday(m, arDay(m.group(1)), null, m.group(2) == null ? Rel.NONE : arRel(m.group(2))), 1);
        scan(L + "(?<!حتي )(اليوم|امس|اول امس|غدا)" + R, m -> relativeDay(m, switch (m.group(1)) {
            case "اليوم" -> 0;
            case "امس" -> -1;
            case "اول امس" -> -2;
            default -> 1;
        }));
    }

    // ---------------------------------------------------------------- English

    private void english() {
        String month = String.join("|", EN_MONTHS);
        scan(L + "(?:(" + String.join("|", EN_DAYS) + "),\\s+)?(" + month + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?" + R, m ->
                dayMonth(m, Integer.parseInt(m.group(3)), enMonth(m.group(2)), m.group(4) == null ? null : Integer.parseInt(m.group(4))));
        scan(L + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + month + ")(?:,?\\s+(\\d{4}))?" + R, m ->
                dayMonth(m, Integer.parseInt(m.group(1)), enMonth(m.group(2)), m.group(3) == null ? null : Integer.parseInt(m.group(3))));
        scan(L + "(last|this|next|past)\\s+(" + month + ")" + R, m ->
                relativeMonth(m, enMonth(m.group(2)), enRel(m.group(1))));
        scan(L + "(" + month + ")(?:\\s+(\\d{4}))?" + R, m -> {
            // "may" and "march" are verbs more often than months: only with a year or a preposition before them
            boolean verbToo = m.group(1).equals("may") || m.group(1).equals("march");
            if (verbToo && m.group(2) == null && !precededBy(m.start(), "in|of|since|during|early|late|mid")) return null;
            return monthYear(m, enMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
        });
        scan(L + "(last|this|next)\\s+(month|year)" + R, m -> relativePeriod(m, m.group(2).equals("month"), enRel(m.group(1))));
        scan(L + "(?:in|since|during|by)\\s+(\\d{4})" + R, m -> year(m, Integer.parseInt(m.group(1))));
        scan(L + "(?:(last|this|next|on)\\s+)?(" + String.join("|", EN_DAYS) + ")" + R, m ->
                weekday(m, enDay(m.group(2)), null, m.group(1) == null || m.group(1).equals("on") ? Rel.NONE : enRel(m.group(1))));
        scan(L + "(today|yesterday|tomorrow|last night|tonight)" + R, m -> relativeDay(m, switch (m.group(1)) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        }));
    }

    // ---------------------------------------------------------------- Russian and Ukrainian

    private void cyrillic() {
        String month = String.join("|", CYR_MONTHS);
        String yearWord = "(?:\\s+(?:года|году|г\\.|г|року|р\\.))?";
        scan(L + "(\\d{1,2})\\s+(" + month + ")(?:\\s+(\\d{4})" + yearWord + "|\\s+(этого|текущего|прошлого|следующего|цього|поточного|минулого|наступного)\\s+(?:года|року))?" + R,
                m -> {
                    Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
                    if (m.group(4) != null && published != null) y = published.getYear() + cyrYearShift(m.group(4));
                    if (m.group(4) != null && published == null) return unresolved(m, "a year relative to publication");
                    return dayMonth(m, Integer.parseInt(m.group(1)), cyrMonth(m.group(2)), y);
                });
        scan(L + "(?:(?:в|у|во)\\s+)?(?:(?:начале|середине|конце|на початку|в середині|наприкінці)\\s+)?(" + month + ")\\s+(этого|текущего|прошлого|следующего|цього|поточного|минулого|наступного)\\s+(?:года|року)" + R,
                m -> {
                    // "в июне прошлого года" is June of last year, not the last June
                    if (published == null) return unresolved(m, "a year relative to publication");
                    return monthYear(m, cyrMonth(m.group(1)), published.getYear() + cyrYearShift(m.group(2)));
                });
        scan(L + "(этого|прошлого|следующего|цього|минулого)\\s+(" + month + ")" + R,
                m -> relativeMonth(m, cyrMonth(m.group(2)), cyrRel(m.group(1))));
        scan(L + "(?:(?:в|у|во)\\s+)?(?:(?:начале|середине|конце|на початку|в середині|наприкінці)\\s+)?(" + month + ")(?:\\s+(\\d{4})" + yearWord + ")?" + R,
                m -> monthYear(m, cyrMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        scan(L + "(?:в|у)\\s+(\\d{4})\\s+(?:году|році|г\\.|р\\.)" + R, m -> year(m, Integer.parseInt(m.group(1))));
        scan(L + "(\\d{4})\\s+(?:года|року)" + R, m -> year(m, Integer.parseInt(m.group(1))));
        scan(L + "(?:в|у)\\s+(прошлом|этом|минулому|цьому)\\s+(месяце|году|місяці|році)" + R, m ->
                relativePeriod(m, m.group(2).startsWith("мес") || m.group(2).startsWith("міс"), cyrRel(m.group(1))));
        String days = String.join("|", CYR_DAYS);
        scan(L + "(?:в\\s+ночь\\s+на|в\\s+ніч\\s+на|(?:в|во|у)(?:\\s+(прошлый|прошлую|прошлое|минулий|минулу|минулого|следующий|следующую|наступний|наступну))?)\\s+(" + days + ")" + R, m ->
                weekday(m, cyrDay(m.group(2)), null, m.group(1) == null ? Rel.NONE : cyrRel(m.group(1))));
        scan(L + "(сегодня|вчера|позавчера|завтра|сьогодні|вчора|позавчора)" + R, m -> relativeDay(m, switch (m.group(1)) {
            case "сегодня", "сьогодні" -> 0;
            case "вчера", "вчора" -> -1;
            case "позавчера", "позавчора" -> -2;
            default -> 1;
        }));
    }

    // ---------------------------------------------------------------- resolution

    private interface Rule {
        DateMention apply(Matcher m);
    }

    private void scan(String regex, Rule rule) {
        scan(regex, rule, 0);
    }

    /** Applies a rule wherever it matches text no earlier rule claimed; {@code group} bounds the quoted span. */
    private void scan(String regex, Rule rule, int group) {
        Matcher m = Regexes.of(regex).matcher(folded);
        while (m.find()) {
            int s = m.start(group), e = m.end(group);
            if (overlaps(s, e)) continue;
            DateMention d = rule.apply(m);
            if (d == null) continue;
            int os = fold.origin(s), oe = fold.originEnd(e);
            found.add(new DateMention(d.date, d.precision, quote(os, oe) + " " + d.note, os, oe, since(s), d.future));
        }
    }

    private boolean overlaps(int s, int e) {
        for (DateMention d : found) {
            int fs = d.start(), fe = d.end();
            if (fold.origin(s) < fe && fold.originEnd(e) > fs) return true;
        }
        return false;
    }

    /** "منذ"/"since"/"с" before a date makes it the start of a period, not the day something happened. */
    private boolean since(int s) {
        String before = folded.substring(Math.max(0, s - 12), s);
        return Regexes.of("(?<![\\p{L}])(منذ|since|с|со|з|із|від)\\s+(?:ان\\s+)?(?:في\\s+)?$").matcher(before).find();
    }

    private boolean precededBy(int s, String words) {
        return Regexes.of("(?<![\\p{L}])(" + words + ")\\s+$").matcher(folded.substring(Math.max(0, s - 12), s)).find();
    }

    private String quote(int os, int oe) {
        return "\"" + text.substring(os, oe) + "\"";
    }

    private DateMention unresolved(Matcher m, String what) {
        return mention(null, DatePrecision.DAY, "needs the publication date (" + what + "); none given", false);
    }

    private static DateMention mention(LocalDate date, DatePrecision p, String note, boolean future) {
        return new DateMention(date, p, note, 0, 0, false, future);
    }

    private DateMention dayMonth(Matcher m, int day, int month, Integer year) {
        if (month < 1 || day < 1 || day > YearMonth.of(2000, month).lengthOfMonth()) return null;
        if (year != null) {
            if (year < 1900) return mention(null, DatePrecision.DAY, "is before 1900: history, not an event date", false);
            if (day > YearMonth.of(year, month).lengthOfMonth()) return null;
            return checked(LocalDate.of(year, month, day), DatePrecision.DAY, "as written");
        }
        if (published == null) return unresolved(m, "day and month without a year");
        LocalDate d = LocalDate.of(published.getYear(), month, Math.min(day, YearMonth.of(published.getYear(), month).lengthOfMonth()));
        // A day-month a few weeks after publication is a plan ("the vote on 5 November"); further on,
        // it is last year's (an article of 5 January speaking of 28 December).
        if (d.isAfter(published.plusDays(60))) {
            return mention(d.minusYears(1), DatePrecision.DAY, "year taken from publication, minus one (" + published + ")", false);
        }
        return checked(d, DatePrecision.DAY, "year taken from publication (" + published + ")");
    }

    private DateMention monthYear(Matcher m, int month, Integer year) {
        if (year != null) {
            if (year < 1900) return mention(null, DatePrecision.MONTH, "is before 1900: history, not an event date", false);
            return checked(LocalDate.of(year, month, 1), DatePrecision.MONTH, "as written");
        }
        if (published == null) return unresolved(m, "month without a year");
        int y = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return mention(LocalDate.of(y, month, 1), DatePrecision.MONTH, "the latest such month not after publication (" + published + ")", false);
    }

    private DateMention relativeMonth(Matcher m, int month, Rel rel) {
        if (published == null) return unresolved(m, "a month relative to publication");
        int pm = published.getMonthValue(), py = published.getYear();
        int y = switch (rel) {
            case LAST -> month < pm ? py : py - 1;
            case NEXT -> month > pm ? py : py + 1;
            default -> py;
        };
        return checked(LocalDate.of(y, month, 1), DatePrecision.MONTH, switch (rel) {
            case LAST -> "the last such month before publication (" + published + ")";
            case NEXT -> "the next such month after publication (" + published + ")";
            default -> "in the publication year (" + published + ")";
        });
    }

    private DateMention relativePeriod(Matcher m, boolean isMonth, Rel rel) {
        if (published == null) return unresolved(m, isMonth ? "a month relative to publication" : "a year relative to publication");
        int shift = rel == Rel.LAST ? -1 : rel == Rel.NEXT ? 1 : 0;
        if (isMonth) {
            YearMonth ym = YearMonth.from(published).plusMonths(shift);
            return checked(ym.atDay(1), DatePrecision.MONTH, "counted from publication (" + published + ")");
        }
        return checked(LocalDate.of(published.getYear() + shift, 1, 1), DatePrecision.YEAR, "counted from publication (" + published + ")");
    }

    private DateMention year(Matcher m, int year) {
        if (year < 1900) return mention(null, DatePrecision.YEAR, "is before 1900: history, not an event date", false);
        return checked(LocalDate.of(year, 1, 1), DatePrecision.YEAR, "as written");
    }

    /**
     * A weekday names the latest such day up to publication: "اليوم الخميس" in a Thursday paper is the
     * publication day, "الأربعاء" the day before; "الماضي"/"last" on the publication's own weekday goes
     * back a week.
     */
    private DateMention weekday(Matcher m, DayOfWeek dow, String dayWord, Rel rel) {
        if (published == null) return unresolved(m, "a weekday");
        if (rel == Rel.NEXT) {
            int ahead = (dow.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
            return mention(published.plusDays(ahead == 0 ? 7 : ahead), DatePrecision.DAY, "the next such weekday after publication (" + published + ")", true);
        }
        int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        if (back == 0 && rel == Rel.LAST) back = 7;
        LocalDate d = published.minusDays(back);
        String note = back == 0 ? "the publication day (" + published + ", a " + pretty(dow) + ")"
                : "the " + pretty(dow) + " before publication (" + published + ")";
        if ("today".equals(dayWord) && back != 0) note += "; the text says today but publication fell on a " + pretty(published.getDayOfWeek());
        if ("yesterday".equals(dayWord) && !published.minusDays(1).equals(d)) {
            note += "; the text says yesterday, which would be " + published.minusDays(1);
        }
        return mention(d, DatePrecision.DAY, note, false);
    }

    private DateMention relativeDay(Matcher m, int days) {
        if (published == null) return unresolved(m, "a day relative to publication");
        LocalDate d = published.plusDays(days);
        return mention(d, DatePrecision.DAY, days == 0 ? "the publication day" : (days < 0 ? -days + " day(s) before" : days + " day(s) after")
                + " publication (" + published + ")", days > 0);
    }

    private DateMention checked(LocalDate d, DatePrecision p, String note) {
        boolean future = published != null && switch (p) {
            case DAY -> d.isAfter(published);
            case MONTH -> YearMonth.from(d).isAfter(YearMonth.from(published));
            case YEAR -> d.getYear() > published.getYear();
        };
        return mention(d, p, note + (future ? "; after the publication date" : ""), future);
    }

    private static String pretty(DayOfWeek d) {
        String n = d.name().toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    // ---------------------------------------------------------------- word tables

    private static String monthAlternation(String[][] months, boolean withBareAb) {
        StringBuilder sb = new StringBuilder();
        for (String[] pair : months) {
            if (!sb.isEmpty()) sb.append('|');
            // "أغسطس/ آب", "أكتوبر (تشرين الأول)": Arabic papers often print both families
            sb.append("(?:").append(pair[0]).append(")(?:\\s*[/(]\\s*").append(pair[1]).append("\\)?)?");
            if (withBareAb || !pair[1].equals("اب")) sb.append('|').append(pair[1]);
        }
        return sb.toString();
    }

    private static int arMonth(String s) {
        for (int i = 0; i < AR_MONTHS.length; i++) {
            for (String n : AR_MONTHS[i][0].split("\\|")) if (s.startsWith(n)) return i + 1;
            if (s.startsWith(AR_MONTHS[i][1])) return i + 1;
        }
        return -1;
    }

    private Integer arYear(String digits, String relative) {
        if (digits != null) return Integer.parseInt(digits);
        if (relative == null || published == null) return null;
        return relative.equals("العام الماضي") ? published.getYear() - 1 : published.getYear();
    }

    private static Rel arRel(String w) {
        return switch (w) {
            case "الماضي", "الماضية", "المنصرم", "الفائت" -> Rel.LAST;
            case "المقبل", "القادم" -> Rel.NEXT;
            default -> Rel.THIS;
        };
    }

    private static DayOfWeek arDay(String s) {
        for (int i = 0; i < AR_DAYS.length; i++) if (AR_DAYS[i].equals(s)) return DayOfWeek.of(i + 1);
        throw new IllegalArgumentException(s);
    }

    private static int enMonth(String s) {
        for (int i = 0; i < EN_MONTHS.length; i++) if (EN_MONTHS[i].equals(s)) return i + 1;
        return -1;
    }

    private static Rel enRel(String w) {
        return switch (w) {
            case "last", "past" -> Rel.LAST;
            case "next" -> Rel.NEXT;
            default -> Rel.THIS;
        };
    }

    private static DayOfWeek enDay(String s) {
        for (int i = 0; i < EN_DAYS.length; i++) if (EN_DAYS[i].equals(s)) return DayOfWeek.of(i + 1);
        throw new IllegalArgumentException(s);
    }

    private static int cyrMonth(String s) {
        for (int i = 0; i < CYR_MONTHS.length; i++) for (String n : CYR_MONTHS[i].split("\\|")) if (n.equals(s)) return i + 1;
        return -1;
    }

    private static Rel cyrRel(String w) {
        if (w.startsWith("прошл") || w.startsWith("минул")) return Rel.LAST;
        if (w.startsWith("следующ") || w.startsWith("наступн")) return Rel.NEXT;
        return Rel.THIS;
    }

    private static int cyrYearShift(String w) {
        return switch (cyrRel(w)) {
            case LAST -> -1;
            case NEXT -> 1;
            default -> 0;
        };
    }

    private static DayOfWeek cyrDay(String s) {
        for (int i = 0; i < CYR_DAYS.length; i++) for (String n : CYR_DAYS[i].split("\\|")) if (n.equals(s)) return DayOfWeek.of(i + 1);
        throw new IllegalArgumentException(s);
    }
}
