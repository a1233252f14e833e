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
import java.util.stream.Stream;

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

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    // ---------------------------------------------------------------- Arabic patterns, compiled once

    private static final String[] AR_MONTH_WORDS = Regexes.words(words(AR_MONTHS));
    /** Without the bare Levantine "آب" (August), which is also "father" and part of many words. */
    private static final String[] AR_SAFE_MONTH_WORDS = Regexes.words(words(AR_MONTHS).stream().filter(w -> !w.equals("اب")).toList());
    private static final String AR_MONTH = monthAlternation(AR_MONTHS, true);
    private static final String AR_SAFE_MONTH = monthAlternation(AR_MONTHS, false);
    private static final String AR_YEAR = "(?:\\s*(?:من\\s+)?(?:عام|العام|سنة)?\\s*(\\d{4})|\\s+(?:من\\s+)?(العام الحالي|العام الجاري|هذا العام|العام الماضي))?";
    private static final String AR_DAY_NAMES = String.join("|", AR_DAYS);
    private static final String[] AR_DAY_WORDS = Regexes.words(List.of(AR_DAYS));
    private static final String AR_RELATIVE = "الماضي|المنصرم|الفائت|الحالي|الجاري|المقبل|القادم";
    // "6 أغسطس/ آب من العام الحالي", "27 أغسطس/آب 2024", "6 آب"
    private static final Pattern AR_DAY_MONTH = Pattern.compile(L + "(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(" + AR_MONTH + "|اب(?:\\s*[/(]\\s*اغسطس\\)?)?)" + AR_YEAR + R);
    // "في السادس من أغسطس"
    private static final Pattern AR_ORDINAL_MONTH = Pattern.compile(L + "(" + String.join("|", AR_ORDINALS.keySet()) + ")\\s+من\\s+(?:شهر\\s+)?(" + AR_SAFE_MONTH + ")" + AR_YEAR + R);
    // "يونيو الماضي", "أكتوبر الحالي", "الشهر الماضي"
    private static final Pattern AR_RELATIVE_MONTH = Pattern.compile(L + "(?:[وبل]|في\\s+|خلال\\s+)?(?:شهر\\s+)?(" + AR_SAFE_MONTH + ")\\s+(" + AR_RELATIVE + ")" + R);
    private static final Pattern AR_MONTH_YEAR = Pattern.compile(L + "(?:[وبل]|في\\s+)?(?:شهر\\s+)?(" + AR_SAFE_MONTH + ")(?:\\s+(?:من\\s+)?(?:عام\\s+)?(\\d{4}))?" + R);
    private static final Pattern AR_RELATIVE_PERIOD = Pattern.compile(L + "(?:[وبل]|في\\s+)?(الشهر|العام|السنة)\\s+(الماضي|الماضية|المنصرم|الحالي|الجاري|الحالية)" + R);
    private static final Pattern AR_THIS_PERIOD = Pattern.compile(L + "(?:[وبل]|في\\s+)?هذا\\s+(الشهر|العام)" + R);
    private static final Pattern AR_YEAR_ONLY = Pattern.compile(L + "(?:في\\s+)?(?:عام|العام|سنة|لعام)\\s+(\\d{4})" + R);
    // "اليوم الخميس", "أمس الأحد", "الأربعاء الماضي"; a bare weekday needs a comma, dash or "يوم" beside it
    // because "الأحد" and "الاثنين" are also "the one" and "the two".
    private static final Pattern AR_DAY_WORD_WEEKDAY = Pattern.compile(L + "(اليوم|امس|يوم|مساء|صباح|ليلة|فجر)\\s+(" + AR_DAY_NAMES + ")(?:\\s+(الماضي|المقبل|القادم))?" + R);
    private static final Pattern AR_BARE_WEEKDAY = Pattern.compile("(?:[،,:\\-–]\\s*|^)(" + AR_DAY_NAMES + ")(?:\\s+(الماضي|المقبل|القادم))?(?=\\s*[،,\\-–:.]|\\s*$)");
    private static final Pattern AR_UNAMBIGUOUS_WEEKDAY = Pattern.compile(L + "(?:[وب])?(الثلاثاء|الاربعاء|الخميس|الجمعة|السبت)(?:\\s+(الماضي|المقبل|القادم))?" + R);
    private static final String[] AR_PERIOD_WORDS = {"الشهر", "العام", "السنة"}, AR_THIS = {"هذا"},
            AR_RELATIVE_DAY_WORDS = {"اليوم", "امس", "غدا"};
    private static final Pattern AR_RELATIVE_DAY = Pattern.compile(L + "(?<!حتي )(اليوم|امس|اول امس|غدا)" + R);

    // ---------------------------------------------------------------- English patterns

    private static final String EN_MONTH = String.join("|", EN_MONTHS);
    /**
     * "Aug. 14", "Sept. 3", "14 Aug": the abbreviations of lang/en/months.txt, each the start of one month's name. Read
     * only beside a day number: alone, "mar" and "dec" are other words.
     */
    private static final List<String> EN_MONTH_ABBREVIATIONS = abbreviations(Language.EN, List.of(EN_MONTHS));
    private static final String EN_DAY_MONTH_NAME = "(?:" + EN_MONTH + "|(?:" + String.join("|", EN_MONTH_ABBREVIATIONS) + ")\\.?)";
    private static final String[] EN_MONTH_WORDS = Regexes.words(Stream.concat(Stream.of(EN_MONTHS), EN_MONTH_ABBREVIATIONS.stream()).toList());
    private static final String EN_DAY_NAMES = String.join("|", EN_DAYS);
    private static final Pattern EN_MONTH_DAY = Pattern.compile(L + "(?:(" + EN_DAY_NAMES + "),\\s+)?(" + EN_DAY_MONTH_NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?" + R);
    private static final Pattern EN_DAY_MONTH = Pattern.compile(L + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + EN_DAY_MONTH_NAME + ")(?:,?\\s+(\\d{4}))?" + R);
    private static final Pattern EN_RELATIVE_MONTH = Pattern.compile(L + "(last|this|next|past)\\s+(" + EN_MONTH + ")" + R);
    private static final Pattern EN_MONTH_YEAR = Pattern.compile(L + "(" + EN_MONTH + ")(?:\\s+(\\d{4}))?" + R);
    private static final Pattern EN_RELATIVE_PERIOD = Pattern.compile(L + "(last|this|next)\\s+(month|year)" + R);
    private static final Pattern EN_YEAR = Pattern.compile(L + "(?:in|since|during|by)\\s+(\\d{4})" + R);
    private static final Pattern EN_WEEKDAY = Pattern.compile(L + "(?:(last|this|next|on)\\s+)?(" + EN_DAY_NAMES + ")" + R);
    private static final String EN_RELATIVE_DAYS = "today|yesterday|tomorrow|last night|tonight";
    private static final String[] EN_PERIOD_WORDS = {"month", "year"}, EN_DAY_WORDS = Regexes.words(List.of(EN_DAYS)),
            EN_RELATIVE_DAY_WORDS = Regexes.literals(EN_RELATIVE_DAYS);
    private static final Pattern EN_RELATIVE_DAY = Pattern.compile(L + "(" + EN_RELATIVE_DAYS + ")" + R);
    private static final Pattern EN_MONTH_PREPOSITION = Pattern.compile("(?<![\\p{L}])(in|of|since|during|early|late|mid)\\s+$");

    // ---------------------------------------------------------------- Russian and Ukrainian patterns

    private static final String CYR_MONTH = String.join("|", CYR_MONTHS);
    /** "14 авг.", "12 серп.": the abbreviations of lang/ru and lang/uk months.txt, with their full stop. */
    private static final List<String> CYR_MONTH_ABBREVIATIONS = Stream.concat(abbreviations(Language.RU, words(CYR_MONTHS)).stream(),
            abbreviations(Language.UK, words(CYR_MONTHS)).stream()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String[] CYR_MONTH_WORDS = Regexes.words(Stream.concat(words(CYR_MONTHS).stream(), CYR_MONTH_ABBREVIATIONS.stream()).toList());
    private static final String CYR_YEAR_WORD = "(?:\\s+(?:года|году|г\\.|г|року|р\\.))?";
    private static final String CYR_RELATIVE_YEAR = "(этого|текущего|прошлого|следующего|цього|поточного|минулого|наступного)\\s+(?:года|року)";
    private static final String CYR_PART_OF = "(?:(?:в|у|во)\\s+)?(?:(?:начале|середине|конце|на початку|в середині|наприкінці)\\s+)?";
    private static final Pattern CYR_DAY_MONTH = Pattern.compile(L + "(\\d{1,2})\\s+(" + CYR_MONTH + "|(?:" + String.join("|", CYR_MONTH_ABBREVIATIONS) + ")\\.)(?:\\s+(\\d{4})" + CYR_YEAR_WORD + "|\\s+" + CYR_RELATIVE_YEAR + ")?" + R);
    private static final Pattern CYR_MONTH_RELATIVE_YEAR = Pattern.compile(L + CYR_PART_OF + "(" + CYR_MONTH + ")\\s+" + CYR_RELATIVE_YEAR + R);
    private static final Pattern CYR_RELATIVE_MONTH = Pattern.compile(L + "(этого|прошлого|следующего|цього|минулого)\\s+(" + CYR_MONTH + ")" + R);
    private static final Pattern CYR_MONTH_YEAR = Pattern.compile(L + CYR_PART_OF + "(" + CYR_MONTH + ")(?:\\s+(\\d{4})" + CYR_YEAR_WORD + ")?" + R);
    private static final Pattern CYR_IN_YEAR = Pattern.compile(L + "(?:в|у)\\s+(\\d{4})\\s+(?:году|році|г\\.|р\\.)" + R);
    private static final Pattern CYR_YEAR = Pattern.compile(L + "(\\d{4})\\s+(?:года|року)" + R);
    private static final String CYR_THIS_OR_LAST = "прошлом|этом|минулому|цьому";
    private static final Pattern CYR_RELATIVE_PERIOD = Pattern.compile(L + "(?:в|у)\\s+(" + CYR_THIS_OR_LAST + ")\\s+(месяце|году|місяці|році)" + R);
    private static final String[] CYR_DAY_WORDS = Regexes.words(words(CYR_DAYS));
    private static final Pattern CYR_WEEKDAY = Pattern.compile(L + "(?:в\\s+ночь\\s+на|в\\s+ніч\\s+на|(?:в|во|у)(?:\\s+(прошлый|прошлую|прошлое|минулий|минулу|минулого|следующий|следующую|наступний|наступну))?)\\s+(" + String.join("|", CYR_DAYS) + ")" + R);
    private static final String CYR_RELATIVE_DAYS = "сегодня|вчера|позавчера|завтра|сьогодні|вчора|позавчора";
    private static final String[] CYR_THIS_OR_LAST_WORDS = Regexes.literals(CYR_THIS_OR_LAST),
            CYR_RELATIVE_DAY_WORDS = Regexes.literals(CYR_RELATIVE_DAYS);
    private static final Pattern CYR_RELATIVE_DAY = Pattern.compile(L + "(" + CYR_RELATIVE_DAYS + ")" + R);
    /**
     * The day before publication in a morning report: "накануне вечером", "минулої доби", "за прошедшие сутки". A bare
     * "накануне" counts only at the end of its clause: before a noun it is "on the eve of" ("накануне выборов").
     */
    private static final Pattern CYR_PREVIOUS_DAY = Pattern.compile(L + "((?:накануне|напередодні)(?:\\s+(?:вечером|утром|днем|ночью|ввечері|вранці|вдень|вночі)"
            + "|(?=\\s*(?:[,.;:!]|$)))|минулої\\s+доби|минулу\\s+добу|прошедшие\\s+сутки|прошедших\\s+суток)" + R);
    /**
     * "Ночью", "уночі" in a report: the night just ended, coded to the publication day as "в ночь на 23 октября" is the 23rd.
     * Not before a date ("ночью 5 октября" takes the date).
     */
    private static final Pattern CYR_LAST_NIGHT = Pattern.compile(L + "((?:этой\\s+|сегодня\\s+|цієї\\s+|сьогодні\\s+)?(?:ночью|уночі|вночі))(?!\\s+\\d)" + R);
    private static final Regexes.Literals CYR_LAST_NIGHT_GUARD = Regexes.Literals.of(Regexes.literals("ночью|уночі|вночі"));
    private static final Regexes.Literals CYR_PREVIOUS_DAY_GUARD = Regexes.Literals.of(Regexes.literals("накануне|напередодні|доби|добу|сутки|суток"));

    // ---------------------------------------------------------------- start literals ({@link Regexes#scan(Pattern, int[], int, String)})

    private static final String[] AR_MONTH_START = Regexes.startWords(words(AR_MONTHS)),
            AR_SAFE_MONTH_START = Regexes.startWords(words(AR_MONTHS).stream().filter(w -> !w.equals("اب")).toList()),
            AR_DAY_START = Regexes.startWords(List.of(AR_DAYS)),
            AR_PERIOD_START = Regexes.startWords(List.of(AR_PERIOD_WORDS)),
            AR_YEAR_WORD_START = Regexes.startWords(List.of("عام", "العام", "سنة", "لعام")),
            AR_RELATIVE_DAY_START = Regexes.startWords(List.of("اليوم", "امس", "اول امس", "غدا")),
            EN_MONTH_START = Regexes.startWords(Stream.concat(Stream.of(EN_MONTHS), EN_MONTH_ABBREVIATIONS.stream()).toList()),
            EN_MONTH_OR_DAY_START = Regexes.startWords(Stream.of(Stream.of(EN_MONTHS), EN_MONTH_ABBREVIATIONS.stream(), Stream.of(EN_DAYS)).flatMap(x -> x).toList()),
            EN_DAY_START = Regexes.startWords(List.of(EN_DAYS)),
            EN_PERIOD_START = Regexes.startWords(List.of(EN_PERIOD_WORDS)),
            EN_RELATIVE_DAY_START = Regexes.startLiterals(EN_RELATIVE_DAYS),
            CYR_MONTH_START = Regexes.startWords(Stream.concat(words(CYR_MONTHS).stream(), CYR_MONTH_ABBREVIATIONS.stream()).toList()),
            CYR_DAY_START = Regexes.startWords(words(CYR_DAYS)),
            CYR_THIS_OR_LAST_START = Regexes.startLiterals(CYR_THIS_OR_LAST),
            CYR_RELATIVE_DAY_START = Regexes.startLiterals(CYR_RELATIVE_DAYS);

    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(منذ|since|с|со|з|із|від|between|from|между|між)\\s+(?:ان\\s+)?(?:في\\s+)?$");
    /** "с 5 по 9 мая", "from 2 to 6 May": the opening day shares the closing day's month, so only the closing one is a date. */
    private static final Pattern SINCE_DAY = Pattern.compile("(?<![\\p{L}])(?:с|со|з|із|від|from|between)\\s+\\d{1,2}\\s*(?:по|до|to|and|-|–|—)\\s*$");
    /** What joins the two ends of a period: "between March 3 and April 9", "с 5 по 9 мая", "from May 2 to 6". */
    private static final Pattern PERIOD_END = Pattern.compile("\\s*(?:and|to|until|till|through|по|до|и|і|й|та|-|–|—)\\s*");

    private final Language language;
    private final LocalDate published;
    private final String text;
    // the word lists above as guards, their literals' first pairs hashed once (tried on every sentence)
    private static final Regexes.Literals AR_DAY_WORDS_GUARD = Regexes.Literals.of(AR_DAY_WORDS),
            AR_MONTH_WORDS_GUARD = Regexes.Literals.of(AR_MONTH_WORDS),
            AR_PERIOD_WORDS_GUARD = Regexes.Literals.of(AR_PERIOD_WORDS),
            AR_RELATIVE_DAY_WORDS_GUARD = Regexes.Literals.of(AR_RELATIVE_DAY_WORDS),
            AR_SAFE_MONTH_WORDS_GUARD = Regexes.Literals.of(AR_SAFE_MONTH_WORDS),
            AR_THIS_GUARD = Regexes.Literals.of(AR_THIS),
            CYR_DAY_WORDS_GUARD = Regexes.Literals.of(CYR_DAY_WORDS),
            CYR_MONTH_WORDS_GUARD = Regexes.Literals.of(CYR_MONTH_WORDS),
            CYR_RELATIVE_DAY_WORDS_GUARD = Regexes.Literals.of(CYR_RELATIVE_DAY_WORDS),
            CYR_THIS_OR_LAST_WORDS_GUARD = Regexes.Literals.of(CYR_THIS_OR_LAST_WORDS),
            DIGITS_GUARD = Regexes.Literals.of(DIGITS),
            EN_DAY_WORDS_GUARD = Regexes.Literals.of(EN_DAY_WORDS),
            EN_MONTH_WORDS_GUARD = Regexes.Literals.of(EN_MONTH_WORDS),
            EN_PERIOD_WORDS_GUARD = Regexes.Literals.of(EN_PERIOD_WORDS),
            EN_RELATIVE_DAY_WORDS_GUARD = Regexes.Literals.of(EN_RELATIVE_DAY_WORDS);

    private final String folded;
    /** The folded sentence's character pairs, for the many word-list guards tried on it. */
    private final Regexes.Pairs pairs;
    private final TextFold fold;
    private final List<DateMention> found = new ArrayList<>();
    /** The mentions read from a weekday alone, which a date written right after them replaces. */
    private final java.util.Set<DateMention> weekdays = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean weekdayRead;
    /** Where each table's start literals occur in the sentence: several patterns share a table. */
    private final Map<String[], int[]> occurrences = new java.util.IdentityHashMap<>();

    private DateResolver(String text, TextFold fold, Language language, LocalDate published) {
        this.text = text;
        this.language = language;
        this.published = published;
        this.fold = fold;
        this.folded = fold.text();
        this.pairs = Regexes.Pairs.of(folded);
    }

    /** All date expressions in {@code text}, in text order, offsets into {@code text}. */
    static List<DateMention> find(String text, Language language, LocalDate published) {
        return find(text, TextFold.of(text), language, published);
    }

    /** The same, for a caller that has folded {@code text} already ({@code fold} is {@code TextFold.of(text)}). */
    static List<DateMention> find(String text, TextFold fold, Language language, LocalDate published) {
        DateResolver r = new DateResolver(text, fold, language, published);
        switch (language) {
            case AR -> r.arabic();
            case EN -> r.english();
            case RU, UK -> r.cyrillic();
        }
        r.found.sort(Comparator.comparingInt(DateMention::start));
        r.weekdaysBeforeDates();
        r.periodEnds();
        return r.found;
    }

    // ---------------------------------------------------------------- Arabic

    private void arabic() {
        if (has(DIGITS_GUARD) && has(AR_MONTH_WORDS_GUARD)) {
            scan(AR_DAY_MONTH, AR_MONTH_START, 3, m -> dayMonth(m, Integer.parseInt(m.group(1)), arMonth(m.group(2)), arYear(m.group(3), m.group(4))));
        }
        if (has(AR_SAFE_MONTH_WORDS_GUARD)) {
            scan(AR_ORDINAL_MONTH, AR_SAFE_MONTH_START, 3, m -> dayMonth(m, AR_ORDINALS.get(m.group(1)), arMonth(m.group(2)), arYear(m.group(3), m.group(4))));
            scan(AR_RELATIVE_MONTH, AR_SAFE_MONTH_START, 2, m -> relativeMonth(m, arMonth(m.group(1)), arRel(m.group(2))));
            scan(AR_MONTH_YEAR, AR_SAFE_MONTH_START, 2, m -> monthYear(m, arMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        }
        if (has(AR_PERIOD_WORDS_GUARD)) scan(AR_RELATIVE_PERIOD, AR_PERIOD_START, 1, m -> relativePeriod(m, m.group(1).equals("الشهر"), arRel(m.group(2))));
        if (has(AR_THIS_GUARD)) scan(AR_THIS_PERIOD, AR_THIS, 1, m -> relativePeriod(m, m.group(1).equals("الشهر"), Rel.THIS));
        if (hasYear()) scan(AR_YEAR_ONLY, AR_YEAR_WORD_START, 1, m -> year(m, Integer.parseInt(m.group(1))));
        if (has(AR_DAY_WORDS_GUARD)) {
            scan(AR_DAY_WORD_WEEKDAY, AR_DAY_START, 1, m ->
                    weekday(m, arDay(m.group(2)), m.group(1).equals("اليوم") ? "today" : m.group(1).equals("امس") ? "yesterday" : null,
                            m.group(3) == null ? Rel.NONE : arRel(m.group(3))));
            scan(AR_BARE_WEEKDAY, null, 0, m -> weekday(m, arDay(m.group(1)), null, m.group(2) == null ? Rel.NONE : arRel(m.group(2))), 1);
            scan(AR_UNAMBIGUOUS_WEEKDAY, AR_DAY_START, 0, m -> weekday(m, arDay(m.group(1)), null, m.group(2) == null ? Rel.NONE : arRel(m.group(2))), 1);
        }
        if (has(AR_RELATIVE_DAY_WORDS_GUARD)) scan(AR_RELATIVE_DAY, AR_RELATIVE_DAY_START, 0, m -> relativeDay(m, switch (m.group(1)) {
            case "اليوم" -> 0;
            case "امس" -> -1;
            case "اول امس" -> -2;
            default -> 1;
        }));
    }

    // ---------------------------------------------------------------- English

    private void english() {
        if (has(EN_MONTH_WORDS_GUARD)) {
            if (has(DIGITS_GUARD)) {
                scan(EN_MONTH_DAY, EN_MONTH_OR_DAY_START, 0, m -> dayMonth(m, Integer.parseInt(m.group(3)), enMonth(m.group(2)), m.group(4) == null ? null : Integer.parseInt(m.group(4))));
                scan(EN_DAY_MONTH, EN_MONTH_START, 2, m -> dayMonth(m, Integer.parseInt(m.group(1)), enMonth(m.group(2)), m.group(3) == null ? null : Integer.parseInt(m.group(3))));
            }
            scan(EN_RELATIVE_MONTH, EN_MONTH_START, 1, m -> relativeMonth(m, enMonth(m.group(2)), enRel(m.group(1))));
            scan(EN_MONTH_YEAR, EN_MONTH_START, 0, m -> {
                // "may" and "march" are verbs more often than months: only with a year or a preposition before them
                boolean verbToo = m.group(1).equals("may") || m.group(1).equals("march");
                if (verbToo && m.group(2) == null && !precededByPreposition(m.start())) return null;
                return monthYear(m, enMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
            });
        }
        if (has(EN_PERIOD_WORDS_GUARD)) scan(EN_RELATIVE_PERIOD, EN_PERIOD_START, 1, m -> relativePeriod(m, m.group(2).equals("month"), enRel(m.group(1))));
        if (hasYear()) scan(EN_YEAR, null, 0, m -> year(m, Integer.parseInt(m.group(1))));
        if (has(EN_DAY_WORDS_GUARD)) scan(EN_WEEKDAY, EN_DAY_START, 1, m -> weekday(m, enDay(m.group(2)), null, m.group(1) == null || m.group(1).equals("on") ? Rel.NONE : enRel(m.group(1))));
        if (has(EN_RELATIVE_DAY_WORDS_GUARD)) scan(EN_RELATIVE_DAY, EN_RELATIVE_DAY_START, 0, m -> relativeDay(m, switch (m.group(1)) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        }));
    }

    // ---------------------------------------------------------------- Russian and Ukrainian

    private void cyrillic() {
        if (has(CYR_MONTH_WORDS_GUARD)) {
            if (has(DIGITS_GUARD)) {
                scan(CYR_DAY_MONTH, CYR_MONTH_START, 1, m -> {
                    Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
                    if (m.group(4) != null && published != null) y = published.getYear() + cyrYearShift(m.group(4));
                    if (m.group(4) != null && published == null) return unresolved(m, "a year relative to publication");
                    return dayMonth(m, Integer.parseInt(m.group(1)), cyrMonth(m.group(2)), y);
                });
            }
            scan(CYR_MONTH_RELATIVE_YEAR, CYR_MONTH_START, 3, m -> {
                // "в июне прошлого года" is June of last year, not the last June
                if (published == null) return unresolved(m, "a year relative to publication");
                return monthYear(m, cyrMonth(m.group(1)), published.getYear() + cyrYearShift(m.group(2)));
            });
            scan(CYR_RELATIVE_MONTH, CYR_MONTH_START, 1, m -> relativeMonth(m, cyrMonth(m.group(2)), cyrRel(m.group(1))));
            scan(CYR_MONTH_YEAR, CYR_MONTH_START, 3, m -> monthYear(m, cyrMonth(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
        }
        if (hasYear()) {
            scan(CYR_IN_YEAR, null, 0, m -> year(m, Integer.parseInt(m.group(1))));
            scan(CYR_YEAR, null, 0, m -> year(m, Integer.parseInt(m.group(1))));
        }
        if (has(CYR_THIS_OR_LAST_WORDS_GUARD)) scan(CYR_RELATIVE_PERIOD, CYR_THIS_OR_LAST_START, 1, m -> relativePeriod(m, m.group(2).startsWith("мес") || m.group(2).startsWith("міс"), cyrRel(m.group(1))));
        if (has(CYR_DAY_WORDS_GUARD)) scan(CYR_WEEKDAY, CYR_DAY_START, 3, m -> weekday(m, cyrDay(m.group(2)), null, m.group(1) == null ? Rel.NONE : cyrRel(m.group(1))));
        if (has(CYR_PREVIOUS_DAY_GUARD)) scan(CYR_PREVIOUS_DAY, null, 0, m -> relativeDay(m, -1));
        if (has(CYR_LAST_NIGHT_GUARD)) scan(CYR_LAST_NIGHT, null, 0, m -> relativeDay(m, 0));
        if (has(CYR_RELATIVE_DAY_WORDS_GUARD)) scan(CYR_RELATIVE_DAY, CYR_RELATIVE_DAY_START, 0, m -> relativeDay(m, switch (m.group(1)) {
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

    private void scan(Pattern pattern, String[] startLiterals, int wordsBack, Rule rule) {
        scan(pattern, startLiterals, wordsBack, rule, 0);
    }

    /** False when the sentence holds none of {@code words}: no rule that needs one of them can match. */
    private boolean has(Regexes.Literals words) {
        return Regexes.mayContain(folded, pairs, words);
    }

    /** A year needs four digits in a row: most sentences with a number have none. */
    private boolean hasYear() {
        int run = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /**
     * Applies a rule wherever it matches text no earlier rule claimed; {@code group} bounds the quoted span.
     * The pattern is tried only at the words that can begin a match ({@code wordsBack} words before one of
     * {@code startLiterals}, see {@link Regexes#scan(Pattern, int[], int, String)}); null literals: everywhere.
     */
    private void scan(Pattern pattern, String[] startLiterals, int wordsBack, Rule rule, int group) {
        int[] at = startLiterals == null ? null : occurrences.computeIfAbsent(startLiterals, l -> Regexes.occurrences(folded, l));
        Regexes.Scan scan = Regexes.scan(pattern, at, wordsBack, folded);
        while (scan.find()) {
            Matcher m = scan.matcher();
            int s = m.start(group), e = m.end(group);
            if (overlaps(s, e)) continue;
            weekdayRead = false;
            DateMention d = rule.apply(m);
            if (d == null) continue;
            int os = fold.origin(s), oe = fold.originEnd(e);
            DateMention out = new DateMention(d.date, d.precision, quote(os, oe) + " " + d.note, os, oe, since(s), d.future);
            found.add(out);
            if (weekdayRead) weekdays.add(out);
        }
    }

    private boolean overlaps(int s, int e) {
        for (DateMention d : found) {
            int fs = d.start(), fe = d.end();
            if (fold.origin(s) < fe && fold.originEnd(e) > fs) return true;
        }
        return false;
    }

    /**
     * The date that closes a period ("Between March 14 and April 22, witnesses were interviewed") is no more the day
     * something happened than the date that opens it: an event told beside it is not dated to the period's last day.
     */
    private void periodEnds() {
        for (int k = 1; k < found.size(); k++) {
            DateMention open = found.get(k - 1), d = found.get(k);
            if (!open.since() || d.since() || d.start() < open.end()) continue;
            if (!PERIOD_END.matcher(TextFold.fold(text.substring(open.end(), d.start()))).matches()) continue;
            found.set(k, new DateMention(d.date(), d.precision(), d.note(), d.start(), d.end(), true, d.future()));
        }
    }

    /**
     * "الخميس 14 أغسطس", "в четверг, 14 августа": the weekday only names the date written after it. Counted back from
     * publication it would be another day whenever the report is not of the same week.
     */
    private void weekdaysBeforeDates() {
        for (int k = found.size() - 2; k >= 0; k--) {
            DateMention w = found.get(k), d = found.get(k + 1);
            if (!weekdays.contains(w) || weekdays.contains(d) || d.precision() != DatePrecision.DAY || d.start() < w.end()) continue;
            if (WEEKDAY_TO_DATE.matcher(text.substring(w.end(), d.start())).matches()) found.remove(k);
        }
    }

    private static final Pattern WEEKDAY_TO_DATE = Pattern.compile("[\\s,،(\\-–—]*");

    /** "منذ"/"since"/"с" before a date makes it the start of a period, not the day something happened. */
    private boolean since(int s) {
        String before = folded.substring(Math.max(0, s - 16), s);
        return SINCE.matcher(before).find() || SINCE_DAY.matcher(before).find();
    }

    private boolean precededByPreposition(int s) {
        return EN_MONTH_PREPOSITION.matcher(folded.substring(Math.max(0, s - 12), s)).find();
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
        weekdayRead = true;
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

    /** The words of a table whose cells are alternations of plain words ("июнь|июня|июне"). */
    private static List<String> words(String[] cells) {
        List<String> out = new ArrayList<>();
        for (String cell : cells) out.addAll(List.of(cell.split("\\|")));
        return out;
    }

    private static List<String> words(String[][] table) {
        List<String> out = new ArrayList<>();
        for (String[] row : table) out.addAll(words(row));
        return out;
    }

    private static String monthAlternation(String[][] months, boolean withBareAb) {
        StringBuilder sb = new StringBuilder();
        for (String[] pair : months) {
            if (!sb.isEmpty()) sb.append('|');
            // "أغسطس/ آب", "أكتوبر (تشرين الأول)": Arabic papers often print both families
            sb.append("(?:").append(pair[0]).append(")(?:\\s*[/(]\\s*").append(pair[1]).append("\\)?)?");
            // the Levantine name first is as common ("تشرين الأول/أكتوبر"); with its partner the bare "آب" is safe
            sb.append('|').append(pair[1]).append("\\s*[/(]\\s*(?:").append(pair[0]).append(")\\)?");
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

    /** A month's name, or an abbreviation ("aug.", "sept") that begins it. */
    private static int enMonth(String s) {
        String w = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        for (int i = 0; i < EN_MONTHS.length; i++) if (EN_MONTHS[i].startsWith(w)) return i + 1;
        return -1;
    }

    /**
     * The words of a language's months.txt that are no full name but begin one, longest first so that a regex
     * alternation tries "sept" before "sep".
     */
    private static List<String> abbreviations(Language language, List<String> names) {
        return Lexicon.lines(language, "months").stream().map(TextFold::fold)
                .filter(w -> !names.contains(w) && names.stream().anyMatch(n -> n.startsWith(w)))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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

    /** A month's name in one of its case forms, or an abbreviation with its full stop ("авг.") that begins one. */
    private static int cyrMonth(String s) {
        for (int i = 0; i < CYR_MONTHS.length; i++) for (String n : CYR_MONTHS[i].split("\\|")) if (n.equals(s)) return i + 1;
        if (!s.endsWith(".")) return -1;
        String w = s.substring(0, s.length() - 1);
        for (int i = 0; i < CYR_MONTHS.length; i++) for (String n : CYR_MONTHS[i].split("\\|")) if (n.startsWith(w)) return i + 1;
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
