package org.kharita.extract;

import org.kharita.extract.Event.Qualifier;
import org.kharita.geo.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cardinal numbers in folded text ({@link TextFold}): digits with or without thousands commas,
 * number words in Arabic (both genders: ثلاثة/ثلاث, خمسة/خمس; teens and "خمسة وعشرون"; the multipliers
 * ألف/آلاف, so "3 آلاف" is 3,000), English, Russian and Ukrainian, each with the qualifier written
 * before it ("نحو 40" about, "أكثر من 280" at least, "до 20" at most).
 * <p>
 * Arabic dual nouns ("مركبتين" = two vehicles) carry their number in the noun, so they are read by
 * {@link CountExtractor}, which knows the nouns; this class only reads numerals.
 */
final class NumberReader {

    /** A number at folded offsets [start, end); {@code phraseStart} includes its qualifier words. */
    record Num(long value, int start, int end, Qualifier qualifier, int phraseStart) {
    }

    private enum Kind { VALUE, TENS, HUNDRED, TEEN, MULTIPLIER }

    private record Word(Kind kind, long value) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    private static void words(Kind kind, long value, String... forms) {
        for (String f : forms) WORDS.put(f, new Word(kind, value));
    }

    static {
        // Arabic, folded (no hamza on alif, ى as ي). Masculine and feminine counted forms side by side.
        words(Kind.VALUE, 1, "واحد", "واحدة");
        words(Kind.VALUE, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني");
        words(Kind.VALUE, 3, "ثلاثة", "ثلاث");
        words(Kind.VALUE, 4, "اربعة", "اربع");
        words(Kind.VALUE, 5, "خمسة", "خمس");
        words(Kind.VALUE, 6, "ستة", "ست");
        words(Kind.VALUE, 7, "سبعة", "سبع");
        words(Kind.VALUE, 8, "ثمانية", "ثماني", "ثمان");
        words(Kind.VALUE, 9, "تسعة", "تسع");
        words(Kind.VALUE, 10, "عشرة");
        words(Kind.TEEN, 10, "عشر"); // "خمسة عشر" = 15; alone it is the feminine ten
        words(Kind.TENS, 20, "عشرون", "عشرين");
        words(Kind.TENS, 30, "ثلاثون", "ثلاثين");
        words(Kind.TENS, 40, "اربعون", "اربعين");
        words(Kind.TENS, 50, "خمسون", "خمسين");
        words(Kind.TENS, 60, "ستون", "ستين");
        words(Kind.TENS, 70, "سبعون", "سبعين");
        words(Kind.TENS, 80, "ثمانون", "ثمانين");
        words(Kind.TENS, 90, "تسعون", "تسعين");
        words(Kind.HUNDRED, 100, "مئة", "مائة");
        words(Kind.VALUE, 200, "مئتان", "مئتين", "مائتان", "مائتين");
        String[] units = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int u = 0; u < units.length; u++) words(Kind.VALUE, (u + 3) * 100L, units[u] + "مئة", units[u] + "مائة");
        words(Kind.MULTIPLIER, 1_000, "الف", "الاف", "الفا");
        words(Kind.VALUE, 2_000, "الفان", "الفين");
        words(Kind.MULTIPLIER, 1_000_000, "مليون", "ملايين");

        words(Kind.VALUE, 1, "one");
        String[] en = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < en.length; i++) words(Kind.VALUE, i + 2, en[i]);
        String[] enTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < enTens.length; i++) words(Kind.TENS, (i + 2) * 10L, enTens[i]);
        words(Kind.HUNDRED, 100, "hundred");
        words(Kind.MULTIPLIER, 1_000, "thousand");
        words(Kind.MULTIPLIER, 1_000_000, "million");

        // Russian and Ukrainian: the case forms a count takes after a verb or preposition.
        words(Kind.VALUE, 1, "один", "одна", "одно", "одного", "одной", "одну");
        words(Kind.VALUE, 2, "два", "две", "двух", "дві", "двох");
        words(Kind.VALUE, 3, "три", "трех", "трьох");
        words(Kind.VALUE, 4, "четыре", "четырех", "чотири", "чотирьох");
        words(Kind.VALUE, 5, "пять", "пяти", "п'ять", "п'яти");
        words(Kind.VALUE, 6, "шесть", "шести", "шість", "шести");
        words(Kind.VALUE, 7, "семь", "семи", "сім", "семи");
        words(Kind.VALUE, 8, "восемь", "восьми", "вісім");
        words(Kind.VALUE, 9, "девять", "девяти", "дев'ять");
        words(Kind.VALUE, 10, "десять", "десяти");
        // collective numerals, the way tolls of people are given: "погибли двое", "загинули троє"
        String[][] collective = {{"двое", "двоих", "двоє"}, {"трое", "троих", "троє"}, {"четверо", "четверых"},
                {"пятеро", "пятерых", "п'ятеро"}, {"шестеро", "шестерых", "шістьох"}, {"семеро", "семерых", "сімох"},
                {"восьмеро", "восьмерых", "вісьмох"}, {"девятеро", "девятерых", "дев'ятеро"}, {"десятеро", "десятерых", "десятьох"}};
        for (int i = 0; i < collective.length; i++) words(Kind.VALUE, i + 2, collective[i]);
        String[] ruTeens = {"одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                "семнадцать", "восемнадцать", "девятнадцать"};
        for (int i = 0; i < ruTeens.length; i++) words(Kind.VALUE, i + 11, ruTeens[i]);
        words(Kind.TENS, 20, "двадцать", "двадцати", "двадцять");
        words(Kind.TENS, 30, "тридцать", "тридцати", "тридцять");
        words(Kind.TENS, 40, "сорок", "сорока");
        words(Kind.TENS, 50, "пятьдесят", "п'ятдесят");
        words(Kind.TENS, 60, "шестьдесят", "шістдесят");
        words(Kind.TENS, 70, "семьдесят", "сімдесят");
        words(Kind.TENS, 80, "восемьдесят", "вісімдесят");
        words(Kind.TENS, 90, "девяносто", "дев'яносто");
        words(Kind.VALUE, 100, "сто", "ста");
        words(Kind.VALUE, 200, "двести", "двухсот", "двісті");
        words(Kind.VALUE, 300, "триста", "трехсот", "триста");
        words(Kind.VALUE, 500, "пятьсот", "пятисот", "п'ятсот");
        words(Kind.MULTIPLIER, 1_000, "тысяча", "тысячи", "тысяч", "тыс", "тисяча", "тисячі", "тисяч", "тис");
        words(Kind.MULTIPLIER, 1_000_000, "миллион", "миллиона", "миллионов", "млн", "мільйон", "мільйонів");
    }

    /** "آلاف" alone is "thousands of", not 1,000: it needs a number before it. */
    private static final java.util.Set<String> PLURAL_ONLY = java.util.Set.of(
            "الاف", "والاف", "ملايين", "тысячи", "тысяч", "тисячі", "тисяч", "миллионов", "мільйонів");

    /** A digit run (thousands commas only in groups of three) or a word, with an optional Arabic "و"/"ب". */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'])(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)|([\\p{L}']+))");

    private static final String AR_QUALIFIER_WORDS = "(نحو|حوالي|قرابة|زهاء|ما يقارب|ما يقرب من|تقريبا)"
            + "|(اكثر من|ما يزيد عن|ما يزيد علي|يزيد عن|يزيد علي|ما لا يقل عن|لا يقل عن)|(ما يصل الي|يصل الي|حتي|اقل من|ما لا يزيد عن|لا يزيد عن)";
    private static final String EN_QUALIFIER_WORDS = "(about|around|approximately|roughly|nearly|almost|some|an estimated)"
            + "|(more than|over|at least|upwards of|in excess of)|(up to|at most|as many as|less than|fewer than|under)";
    private static final String CYR_QUALIFIER_WORDS = "(около|примерно|приблизительно|порядка|почти|близько|приблизно|майже)"
            + "|(более чем|более|больше|свыше|не менее|по меньшей мере|понад|більше|щонайменше|не менше)"
            + "|(до|не более|менее|не більше|менше)";
    private static final Pattern AR_QUALIFIER = Pattern.compile("(?:" + AR_QUALIFIER_WORDS + ")\\s*$");
    private static final Pattern EN_QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:" + EN_QUALIFIER_WORDS + ")\\s+$");
    private static final Pattern CYR_QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:" + CYR_QUALIFIER_WORDS + ")\\s+$");
    /** Most numbers have no qualifier: their guards spare the end-anchored search at every position before them. */
    private static final String[] AR_QUALIFIER_GUARD = Regexes.literals(AR_QUALIFIER_WORDS),
            EN_QUALIFIER_GUARD = Regexes.literals(EN_QUALIFIER_WORDS), CYR_QUALIFIER_GUARD = Regexes.literals(CYR_QUALIFIER_WORDS);

    private NumberReader() {
    }

    static List<Num> read(String folded, Language language) {
        List<Num> out = new ArrayList<>();
        int[] starts = numberStarts(folded);
        Matcher m = TOKEN.matcher(folded);
        int from = 0;
        for (int i = 0; starts == null ? from < folded.length() : i < starts.length; i++) {
            if (starts != null && starts[i] < from) continue;
            if (!m.find(starts == null ? from : starts[i])) break;
            // parseFrom reads on past the first token; when nothing comes of it ("0", a lone "آلاف"), the
            // next number may start right after that first token
            int firstTokenEnd = m.end();
            Parse p = parseFrom(folded, m);
            if (p == null) {
                from = firstTokenEnd;
                continue;
            }
            out.add(withQualifier(folded, language, p.value, p.start, p.end));
            from = p.end;
        }
        return out;
    }

    /** The hash of every number word: a word with another hash (with or without a proclitic) is none. */
    private static final Set<Integer> WORD_HASHES = new HashSet<>();

    static {
        for (String w : WORDS.keySet()) WORD_HASHES.add(w.hashCode());
    }

    /**
     * Where a number may begin, in order: each run of ASCII digits, and each run of letters and apostrophes
     * (the word tokens of {@link #TOKEN}) that is a number word with or without a one-letter proclitic,
     * going by its hash. Any other token would be read and dropped ({@link #parseFrom} gives null), and
     * none spans one of these starts, so {@link #read} searches for tokens only from here: most words of a
     * sentence are no number, and the tokenizing regex visits every one of them. Null (search everywhere)
     * when the text holds a surrogate pair, since the regex's letters are code points.
     */
    private static int[] numberStarts(String s) {
        int[] out = new int[4];
        int k = 0, i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return null;
            int start = i;
            boolean candidate;
            if (c >= '0' && c <= '9') {
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
                candidate = true;
            } else if (wordChar(c)) {
                int hash = c, tail = 0;
                for (i++; i < n && wordChar(s.charAt(i)); i++) {
                    hash = 31 * hash + s.charAt(i);
                    tail = 31 * tail + s.charAt(i);
                }
                candidate = WORD_HASHES.contains(hash) || WORD_HASHES.contains(tail);
            } else {
                i++;
                continue;
            }
            if (!candidate) continue;
            if (k == out.length) out = Arrays.copyOf(out, k * 2);
            out[k++] = start;
        }
        return Arrays.copyOf(out, k);
    }

    private static boolean wordChar(char c) {
        return c == '\'' || Character.isLetter(c);
    }

    private record Parse(long value, int start, int end) {
    }

    /**
     * Reads one number starting at the current token, continuing over adjacent number tokens:
     * "ثلاثة آلاف", "خمسة وعشرون", "twenty five", "три тысячи", "30 ألف". Two bare values in a row
     * ("ثلاث ثلاث") are two numbers, never one.
     */
    private static Parse parseFrom(String s, Matcher m) {
        long total = 0, current = 0;
        int start = -1, end = -1;
        Kind last = null;
        // the first token is the matcher's current match: searching again from its start would find it again
        for (boolean found = true; found; found = m.find(end)) {
            boolean joined = start >= 0;
            if (joined && !onlyJoiner(s.substring(end, m.start()))) break;
            Word w = word(m, joined);
            if (w == null || joined && !continues(last, current, w)) break;
            if (!joined && PLURAL_ONLY.contains(m.group(0))) return null;
            if (!joined) start = m.start() + (m.group(2) != null && stripsProclitic(m.group(2)) ? 1 : 0);
            switch (w.kind) {
                case VALUE, TENS -> current += w.value;
                case TEEN -> current += 10;
                case HUNDRED -> current = (current == 0 ? 1 : current) * 100;
                case MULTIPLIER -> {
                    total += (current == 0 ? 1 : current) * w.value;
                    current = 0;
                }
            }
            last = w.kind;
            end = m.end();
        }
        return finish(total, current, start, end);
    }

    private static boolean continues(Kind last, long current, Word next) {
        return switch (next.kind) {
            case MULTIPLIER, HUNDRED -> last != Kind.MULTIPLIER;
            case TEEN -> last == Kind.VALUE && current < 10;
            case TENS -> last == Kind.VALUE && current < 10 || last == Kind.HUNDRED || last == Kind.MULTIPLIER;
            case VALUE -> next.value < 100 && (last == Kind.TENS && next.value < 10
                    || last == Kind.HUNDRED || last == Kind.MULTIPLIER || current >= 100 && current % 100 == 0);
        };
    }

    private static Parse finish(long total, long current, int start, int end) {
        if (start < 0) return null;
        long v = total + current;
        return v > 0 ? new Parse(v, start, end) : null;
    }

    /** "و" glues Arabic number words ("خمسة وعشرون"); a hyphen glues English ones ("twenty-five"). */
    private static boolean onlyJoiner(String gap) {
        return gap.isBlank() || gap.equals("-");
    }

    private static Word word(Matcher m, boolean joined) {
        if (m.group(1) != null) {
            if (joined) return null;
            return new Word(Kind.VALUE, Long.parseLong(m.group(1).replace(",", "")));
        }
        String w = m.group(2);
        Word hit = WORDS.get(w);
        if (hit != null) return hit;
        if (stripsProclitic(w)) return WORDS.get(w.substring(1));
        return null;
    }

    /** Arabic "و" (and) or "ب" (with/by) fused to a number word: "وثلاث", "وست", "بثلاثة". */
    private static boolean stripsProclitic(String w) {
        if (w.length() < 3 || (w.charAt(0) != 'و' && w.charAt(0) != 'ب')) return false;
        Word rest = WORDS.get(w.substring(1));
        return rest != null && !WORDS.containsKey(w);
    }

    private static Num withQualifier(String s, Language language, long value, int start, int end) {
        String before = s.substring(Math.max(0, start - 25), start);
        Pattern q = switch (language) {
            case AR -> AR_QUALIFIER;
            case EN -> EN_QUALIFIER;
            case RU, UK -> CYR_QUALIFIER;
        };
        String[] guard = switch (language) {
            case AR -> AR_QUALIFIER_GUARD;
            case EN -> EN_QUALIFIER_GUARD;
            case RU, UK -> CYR_QUALIFIER_GUARD;
        };
        Matcher m = Regexes.mayContainIn(before, s, guard) ? q.matcher(before) : null;
        if (m == null || !m.find()) return new Num(value, start, end, Qualifier.EXACT, start);
        Qualifier qual = m.group(1) != null ? Qualifier.ABOUT : m.group(2) != null ? Qualifier.AT_LEAST : Qualifier.AT_MOST;
        return new Num(value, start, end, qual, start - before.length() + m.start());
    }
}
