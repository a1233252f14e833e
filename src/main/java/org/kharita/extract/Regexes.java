package org.kharita.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns built from word tables at run time, compiled once: compiling them per sentence cost more than matching.
 * <p>
 * Literal guards: java.util.regex tries every alternative of a word list at every position of the
 * sentence, so a sentence without any of the words still costs positions × words. Most sentences hold
 * none of a given rule's words; a guard is the set of literal strings one of which every match must
 * contain, and {@link #mayContain} rules the scan out with a few {@code indexOf} calls (the JIT's
 * vectorised string search) before the regex runs.
 */
final class Regexes {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regexes() {
    }

    static Pattern of(String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    /**
     * A pattern {@code before(?:words)after} with the guard of its word list, where {@code before} is a
     * "no letter before" lookbehind followed by letters only (a proclitic such as "(?:[وف])?"): then a
     * match can start only where a run of letters begins that reaches one of the words, and
     * {@link #scan} tries the pattern there alone.
     */
    record Guarded(Pattern pattern, Literals guard, String[] starts) {
        static Guarded of(String before, String words, String after) {
            return new Guarded(Pattern.compile(before + "(?:" + words + ")" + after), Literals.of(literals(words)), startLiterals(words));
        }

        boolean find(String text) {
            return mayContain(text, guard) && scan(text).find();
        }

        /** {@link #find} in {@code part}, a stretch of {@code whole} (see {@link #mayContainIn}). */
        boolean find(String part, String whole) {
            return mayContainIn(part, whole, guard) && scan(part, whole).find();
        }

        /** {@link #scan} of {@code part}, a stretch of {@code whole}, with the whole's pairs. */
        Scan scan(String part, String whole) {
            boolean may = mayContainIn(part, whole, guard);
            return new Scan(pattern, part, !may ? NONE_FOUND : starts == null ? null : startsIn(part, Pairs.of(whole), starts));
        }

        /** The guard's few {@code indexOf} calls first: most texts hold none of the words. */
        Scan scan(String text) {
            return Regexes.scan(pattern, mayContain(text, guard) ? starts : NONE, text);
        }
    }

    private static final String[] NONE = {};
    private static final int[] NONE_FOUND = {};

    /**
     * The matches of {@code pattern} in {@code text}, exactly those of a {@code find()} loop, for a pattern
     * of the shape described at {@link Guarded} whose word list has {@code startLiterals}
     * ({@link #startLiterals}; null: a plain search).
     * <p>
     * Why: java.util.regex tries a pattern that opens with a lookbehind at every position, and the
     * alternation of a word list at every word start; most sentences hold a listed word once if at all.
     * Every match starts at the beginning of a run of letters that holds, after the proclitic letters,
     * one of the literals, so only those run starts need trying (a few {@code indexOf} calls find them).
     */
    static Scan scan(Pattern pattern, String[] startLiterals, String text) {
        return new Scan(pattern, text, startLiterals == null ? null : starts(text, startLiterals));
    }

    /**
     * The same for a pattern that opens with "no letter or digit before" ({@code (?<![\\p{L}\\p{N}])}) and
     * may put up to {@code wordsBack} words of letters or digits, each followed by blanks ({@code \\s+}),
     * before the word that holds the literal: "في شهر يونيو", "в начале июня", "5 of June". The
     * candidates are then the starts of the literal's word and of the {@code wordsBack} words before it.
     */
    static Scan scan(Pattern pattern, int[] occurrences, int wordsBack, String text) {
        return new Scan(pattern, text, occurrences == null ? null : starts(text, occurrences, wordsBack));
    }

    /** Where the literals occur in {@code text}, for {@link #scan(Pattern, int[], int, String)}; null for no literals. */
    static int[] occurrences(String text, String[] literals) {
        return occurrences(text, Pairs.of(text), literals);
    }

    /** The same with {@code pairs} of the text or of a text holding it (null: none). */
    private static int[] occurrences(String text, Pairs pairs, String[] literals) {
        if (literals == null) return null;
        int[] out = new int[8];
        int n = 0;
        for (String l : literals) {
            if (pairs != null && !pairs.mayHold(l)) continue;
            for (int at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = at;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The start of the literal's word (letters and digits) and of up to {@code wordsBack} words before it across blanks. */
    private static int[] starts(String text, int[] occurrences, int wordsBack) {
        int[] out = new int[occurrences.length * (wordsBack + 1)];
        int n = 0;
        for (int at : occurrences) {
            int s = runStart(text, at, true);
            for (int w = 0; ; w++) {
                out[n++] = s;
                if (w == wordsBack) break;
                int b = s;
                while (b > 0 && BLANKS.indexOf(text.charAt(b - 1)) >= 0) b--;
                if (b == s || b == 0 || !inRun(text.charAt(b - 1), true)) break;
                s = runStart(text, b, true);
            }
        }
        return sortedDistinct(out, n);
    }

    /** Where a match may start: for each occurrence of a literal, the start of the run of letters reaching it. */
    private static int[] starts(String text, String[] literals) {
        return startsIn(text, Pairs.of(text), literals);
    }

    private static int[] startsIn(String text, Pairs pairs, String[] literals) {
        int[] out = occurrences(text, pairs, literals);
        for (int i = 0; i < out.length; i++) out[i] = runStart(text, out[i], false);
        return sortedDistinct(out, out.length);
    }

    /** Sorted, without repeats: a word holding a literal twice ("ان" in "انسان") is tried once. */
    private static int[] sortedDistinct(int[] a, int n) {
        Arrays.sort(a, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) if (k == 0 || a[i] != a[k - 1]) a[k++] = a[i];
        return k == a.length ? a : Arrays.copyOf(a, k);
    }

    /** What {@code \\s} matches in java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static final String BLANKS = " \t\n\u000B\f\r";

    private static int runStart(String text, int at, boolean digitsToo) {
        int s = at;
        while (s > 0 && inRun(text.charAt(s - 1), digitsToo)) s--;
        return s;
    }

    private static boolean inRun(char c, boolean digitsToo) {
        return digitsToo ? Character.isLetterOrDigit(c) : Character.isLetter(c);
    }

    /** A {@code find()} loop over the candidate starts only; {@link #matcher} gives the groups of the last match. */
    static final class Scan {
        private final Pattern pattern;
        private final String text;
        private final int[] starts;
        private Matcher m;
        private int next, from;

        private Scan(Pattern pattern, String text, int[] starts) {
            this.pattern = pattern;
            this.text = text;
            this.starts = starts;
        }

        boolean find() {
            if (starts == null) return matcher().find();
            while (next < starts.length) {
                int at = starts[next++];
                if (at < from) continue;
                Matcher matcher = matcher().region(at, text.length());
                if (matcher.lookingAt()) {
                    from = Math.max(matcher.end(), at + 1);
                    return true;
                }
            }
            return false;
        }

        /** Made on first use: most scans have no candidate and need none. */
        Matcher matcher() {
            if (m == null) {
                // the lookbehind must see the text before a candidate start; "^" must not match there
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return m;
        }
    }

    /**
     * Literals one of which every match of {@code alternation} (a regex without flags) contains, reduced
     * to those no other contains. Per top-level alternative: its literal prefix; an alternative that opens
     * with a group takes the literals of the group's own alternatives, or of what follows a group that is
     * optional or only looks around. Null when some alternative yields no literal (it opens with a class,
     * a wildcard or an optional letter): then there is nothing to guard with and the regex must always run.
     */
    static String[] literals(String alternation) {
        return literals(alternation, false);
    }

    /**
     * The same literals when each one stands at the start of its alternative, or after nothing but an
     * optional group of letters ("(?:ب)?مسير") or a lookaround; null when one does not (after
     * "(?:\\p{L}+\\s+)?"), so that {@link #scan} does not rely on them.
     */
    static String[] startLiterals(String alternation) {
        return literals(alternation, true);
    }

    private static String[] literals(String alternation, boolean atStart) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : topLevelAlternatives(alternation)) {
            Set<String> required = required(alternative, atStart);
            if (required == null) return null;
            out.addAll(required);
        }
        return minimal(out, atStart);
    }

    /** One alternative's literals (see {@link #literals}), or null. */
    private static Set<String> required(String alternative, boolean atStart) {
        if (alternative.startsWith("(")) {
            int close = closingParenthesis(alternative);
            if (close < 0) return null;
            String inner = alternative.substring(1, close), rest = alternative.substring(close + 1);
            boolean lookaround = inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!");
            boolean optional = !rest.isEmpty() && "?*{".indexOf(rest.charAt(0)) >= 0;
            if (lookaround || optional) {
                if (optional && atStart && !lettersOnly(inner)) return null;
                if (optional) rest = rest.substring(rest.charAt(0) == '{' ? rest.indexOf('}') + 1 : 1);
                if (!rest.isEmpty() && rest.charAt(0) == '?') rest = rest.substring(1); // a lazy quantifier
                return rest.isEmpty() ? null : required(rest, atStart);
            }
            if (inner.startsWith("?:")) inner = inner.substring(2);
            else if (inner.startsWith("?")) return null; // named groups, flags: not written in our tables
            String[] group = literals(inner, atStart);
            return group == null ? null : new LinkedHashSet<>(List.of(group));
        }
        String p = literalPrefix(alternative);
        return p.isEmpty() ? null : new LinkedHashSet<>(List.of(p));
    }

    /** A group's content made of letters and "|" alone ("?:ب"). */
    private static boolean lettersOnly(String groupContent) {
        String c = groupContent.startsWith("?:") ? groupContent.substring(2) : groupContent;
        return !c.isEmpty() && c.chars().allMatch(ch -> ch == '|' || Character.isLetter(ch));
    }

    private static int closingParenthesis(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The union of several guards; null (no guard) when any of them is null. */
    static String[] union(String[]... guards) {
        Set<String> all = new LinkedHashSet<>();
        for (String[] g : guards) {
            if (g == null) return null;
            all.addAll(List.of(g));
        }
        return minimal(all, false);
    }

    /** Guards built from word lists written as plain words (a table of month names): each word is its own literal. */
    static String[] words(List<String> words) {
        return minimal(new LinkedHashSet<>(words), false);
    }

    /** The same as start literals ({@link #startLiterals}): a word is dropped only when it begins with another. */
    static String[] startWords(List<String> words) {
        return minimal(new LinkedHashSet<>(words), true);
    }

    /** False only when {@code text} holds none of the literals, so no match can exist; a null guard always passes. */
    static boolean mayContain(String text, String[] literals) {
        if (literals == null) return true;
        Pairs pairs = Pairs.of(text);
        for (String l : literals) if ((pairs == null || pairs.mayHold(l)) && text.contains(l)) return true;
        return false;
    }

    /**
     * A guard's literals with each one's first pair (its letter, for a one-letter literal) already hashed,
     * for the guards tried on every sentence: the pair test then costs one bit test per literal.
     */
    static final class Literals {
        private final String[] words;
        private final int[] first;

        private Literals(String[] words) {
            this.words = words;
            this.first = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                first[i] = w.length() == 1 ? Pairs.slot(w.charAt(0), Pairs.ALONE) : Pairs.slot(w.charAt(0), w.charAt(1));
            }
        }

        /** Null for a null guard (one that always passes). */
        static Literals of(String[] words) {
            return words == null ? null : new Literals(words);
        }
    }

    /** {@link #mayContain(String, String[])} for a guard of {@link Literals}, with the text's pairs when the caller has them. */
    static boolean mayContain(String text, Pairs pairs, Literals guard) {
        if (guard == null) return true;
        pairs = Pairs.current(pairs, text);
        if (pairs == null) return mayContain(text, guard.words);
        String[] words = guard.words;
        int[] first = guard.first;
        for (int i = 0; i < words.length; i++) {
            if (pairs.has(first[i]) && pairs.mayHold(words[i]) && text.contains(words[i])) return true;
        }
        return false;
    }

    static boolean mayContain(String text, Literals guard) {
        return guard == null || mayContain(text, Pairs.of(text), guard);
    }

    /**
     * {@link #mayContain} for {@code part}, a stretch of {@code whole} (the words before a match): a literal
     * in the part is in the whole, so the whole's pairs, filled once, rule literals out for all its parts.
     */
    static boolean mayContainIn(String part, String whole, Literals guard) {
        return guard == null || mayContainIn(part, whole, guard.words);
    }

    static boolean mayContainIn(String part, String whole, String[] literals) {
        if (literals == null) return true;
        Pairs pairs = Pairs.of(whole);
        for (String l : literals) if ((pairs == null || pairs.mayHold(l)) && part.contains(l)) return true;
        return false;
    }

    /**
     * The character pairs of a sentence, hashed into 4,096 bits: a literal one of whose pairs is missing
     * cannot occur, and that takes a few bit tests instead of a search through the sentence.
     * Why: the rule tables hold some 600 literals and every sentence is searched for most of them; a
     * 200-character sentence sets ~6% of the bits, so a three-letter literal gets past the test by
     * chance about once in 300. Kept per thread for the last texts seen ({@link Recent}): the rules search
     * the same folded sentences again and again, and a String never changes.
     */
    static final class Pairs {
        /** Below this length the plain search is as cheap as filling the bits. */
        private static final int MIN_LENGTH = 64;
        /** The second "character" of a letter's own slot: a noncharacter, so no real pair shares it. */
        private static final char ALONE = '\uFFFF';
        private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);
        private final long[] bits = new long[64];
        private String text;

        /** The pairs of {@code text}, or null when it is too short to be worth it. */
        static Pairs of(String text) {
            return text.length() < MIN_LENGTH ? null : RECENT.get().of(text);
        }

        /**
         * {@code pairs} if they are still those of {@code text}, else the text's own: a caller that holds pairs
         * across other searches may find them refilled for another text.
         */
        static Pairs current(Pairs pairs, String text) {
            return pairs != null && pairs.text == text ? pairs : of(text);
        }

        /**
         * The pairs of the last texts seen, 64 slots picked by identity hash: an article's sentences are searched
         * in several passes (speakers, then dates, counts and cues), and each sentence's pairs are filled once.
         */
        private static final class Recent {
            private final Pairs[] slots = new Pairs[64];

            Pairs of(String text) {
                int at = System.identityHashCode(text) & (slots.length - 1);
                Pairs p = slots[at];
                if (p == null) p = slots[at] = new Pairs();
                if (p.text != text) p.load(text);
                return p;
            }
        }

        private void load(String t) {
            Arrays.fill(bits, 0L);
            char prev = t.charAt(0);
            set(slot(prev, ALONE));
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i);
                set(slot(prev, c));
                set(slot(c, ALONE));
                prev = c;
            }
            text = t;
        }

        boolean mayHold(String literal) {
            if (literal.length() == 1) return has(slot(literal.charAt(0), ALONE));
            for (int i = 1; i < literal.length(); i++) if (!has(slot(literal.charAt(i - 1), literal.charAt(i)))) return false;
            return true;
        }

        static int slot(char a, char b) {
            return ((a << 16 | b) * 0x9E3779B1) >>> 20;
        }

        private void set(int slot) {
            bits[slot >>> 6] |= 1L << slot;
        }

        boolean has(int slot) {
            return (bits[slot >>> 6] & 1L << slot) != 0;
        }
    }

    /**
     * Drops every literal that contains another: "holds one of them" is unchanged and fewer searches run.
     * With {@code keepPlace}, only one that begins with another, so that each match still has a literal
     * at its start ("يحاولون التسلل" is not covered by "تسلل" inside it).
     */
    private static String[] minimal(Set<String> literals, boolean keepPlace) {
        List<String> out = new ArrayList<>();
        for (String l : literals) {
            boolean redundant = false;
            for (String o : literals) if (!o.equals(l) && (keepPlace ? l.startsWith(o) : l.contains(o))) redundant = true;
            if (!redundant) out.add(l);
        }
        return out.toArray(String[]::new);
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /**
     * The characters an alternative must begin with: literal letters and escaped punctuation up to the
     * first class, group, wildcard or anchor; a letter under {@code ? * {} is optional and is left out.
     */
    private static String literalPrefix(String alternative) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int next = i + 1;
            if (c == '\\') {
                if (next >= alternative.length()) break;
                c = alternative.charAt(next);
                if (Character.isLetterOrDigit(c)) break; // \s, \S, \p{L}, \d, \b, a back reference
                next++;
            } else if ("()[]{}.^$|*+?".indexOf(c) >= 0) {
                break;
            }
            if (next < alternative.length() && "?*{".indexOf(alternative.charAt(next)) >= 0) break;
            out.append(c);
            if (next < alternative.length() && alternative.charAt(next) == '+') break;
            i = next;
        }
        return out.toString();
    }
}
