package org.kharita.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the engine reads. Detection is by script and a few letters, which is all a news article needs. */
public enum Language {
    AR, EN, RU, UK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        for (Language l : values()) if (l.code().equalsIgnoreCase(code.trim())) return Optional.of(l);
        return Optional.empty();
    }

    /**
     * What a text is written in: one of ours, or (language null) a name for the one it is in instead, fit to tell a
     * user: "Persian", "Hebrew", "a language written in Greek script".
     */
    public record Identified(Language language, String unsupported) {
        public boolean supported() {
            return language != null;
        }
    }

    /** The best of our four for a text; {@link #identify} says when it is none of them. */
    public static Language detect(CharSequence text) {
        Letters l = Letters.count(text);
        if (l.arabic >= l.cyrillic && l.arabic >= l.latin && l.arabic > 0) return AR;
        if (l.cyrillic >= l.latin && l.cyrillic > 0) return l.ukOnly > l.ruOnly ? UK : RU;
        return EN;
    }

    /**
     * Majority script first; within it, the letters or words that set our language apart from its neighbours.
     * Ukrainian is told from Russian by the letters Russian lacks (і ї є ґ) against those Ukrainian lacks
     * (ы э ё ъ). Persian and Urdu write ک and ی where Arabic writes ك and ي, Urdu adds ے ہ ں ٹ ڈ ڑ; Serbian and
     * Macedonian have ј, Belarusian ў, Kazakh and its kin ә қ ң ө ү ұ ғ һ. English is told from other Latin
     * languages by its function words (a tenth of any English prose), Turkish also by ş ğ ı. Too short a text to
     * tell (a headline) is read as the script's language of ours.
     */
    public static Identified identify(CharSequence text) {
        Letters l = Letters.count(text);
        int ours = l.arabic + l.cyrillic + l.latin;
        if (l.hebrew > ours && l.hebrew >= l.other) return new Identified(null, "Hebrew");
        if (l.other > ours) return new Identified(null, "a language written in " + l.otherScript + " script");
        Language lang = detect(text);
        switch (lang) {
            case AR -> {
                if (l.persianLetters > l.arabicOnlyLetters) return new Identified(null, l.urduLetters > 0 ? "Urdu" : "Persian");
            }
            case RU, UK -> {
                if (l.serbianLetters > 0 && l.serbianLetters * 200 >= l.cyrillic) return new Identified(null, "Serbian or Macedonian");
                if (l.belarusianLetters > 0 && l.belarusianLetters * 200 >= l.cyrillic) return new Identified(null, "Belarusian");
                if (l.turkicCyrillic > 0 && l.turkicCyrillic * 100 >= l.cyrillic) return new Identified(null, "Kazakh or another Turkic language");
            }
            case EN -> {
                if (l.words >= MIN_WORDS_TO_TELL && l.englishWords * 100 < l.words * MIN_ENGLISH_PERCENT) {
                    return new Identified(null, l.turkishLetters * 100 >= l.latin ? "Turkish" : "a language other than English");
                }
            }
        }
        return new Identified(lang, null);
    }

    /** Fewer words than this and a Latin text is taken for English: a headline is too short to tell. */
    static final int MIN_WORDS_TO_TELL = 20;
    /** English prose has over a fifth of its words among {@link #ENGLISH_WORDS}; other languages next to none. */
    static final int MIN_ENGLISH_PERCENT = 6;
    static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "that",
            "for", "on", "with", "by", "at", "from", "said", "has", "have", "had", "it", "its", "as", "are", "be", "been",
            "not", "this", "which", "who", "after", "their", "they", "he", "she", "his", "her", "near", "into", "would", "will");

    private static final class Letters {
        int arabic, cyrillic, latin, hebrew, other, ukOnly, ruOnly;
        int persianLetters, urduLetters, arabicOnlyLetters, serbianLetters, belarusianLetters, turkicCyrillic, turkishLetters;
        int words, englishWords;
        String otherScript = "";

        static Letters count(CharSequence text) {
            Letters l = new Letters();
            java.util.Map<Character.UnicodeScript, Integer> others = new java.util.EnumMap<>(Character.UnicodeScript.class);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int tag = tagEnd(text, i);
                if (tag > 0) {
                    i = tag;
                    continue;
                }
                if (c < 0x80) {
                    if (Character.isLetter(c)) l.latin++;
                    continue;
                }
                if (!Character.isLetter(c)) continue;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                switch (s) {
                    case ARABIC -> {
                        l.arabic++;
                        switch (c) {
                            case '\u06A9', '\u06CC' -> l.persianLetters++; // keheh, Farsi yeh
                            case '\u0643', '\u064A' -> l.arabicOnlyLetters++; // kaf, yeh
                            case '\u06D2', '\u06C1', '\u06BA', '\u0679', '\u0688', '\u0691' -> l.urduLetters++; // ے ہ ں ٹ ڈ ڑ
                            default -> { }
                        }
                    }
                    case CYRILLIC -> {
                        l.cyrillic++;
                        switch (Character.toLowerCase(c)) {
                            case 'і', 'ї', 'є', 'ґ' -> l.ukOnly++;
                            case 'ы', 'э', 'ё', 'ъ' -> l.ruOnly++;
                            case 'ј', 'љ', 'њ', 'ђ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ' -> l.serbianLetters++;
                            case 'ў' -> l.belarusianLetters++;
                            case 'ә', 'қ', 'ң', 'ө', 'ү', 'ұ', 'ғ', 'һ' -> l.turkicCyrillic++;
                            default -> { }
                        }
                    }
                    case LATIN -> {
                        l.latin++;
                        switch (c) {
                            case 'ş', 'Ş', 'ğ', 'Ğ', 'ı', 'İ' -> l.turkishLetters++;
                            default -> { }
                        }
                    }
                    case HEBREW -> l.hebrew++;
                    default -> others.merge(s, 1, Integer::sum);
                }
            }
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                int tag = start < 0 && i < text.length() ? tagEnd(text, i) : -1;
                if (tag > 0) {
                    i = tag;
                    continue;
                }
                boolean letter = i < text.length() && (Character.isLetter(text.charAt(i)) || start >= 0 && text.charAt(i) == '\'');
                if (letter) {
                    if (start < 0) start = i;
                } else if (start >= 0) {
                    l.words++;
                    if (i - start <= 5 && ENGLISH_WORDS.contains(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT))) l.englishWords++;
                    start = -1;
                }
            }
            for (var e : others.entrySet()) {
                if (e.getValue() > l.other) {
                    l.other = e.getValue();
                    l.otherScript = e.getKey().name().charAt(0) + e.getKey().name().substring(1).toLowerCase(Locale.ROOT);
                }
            }
            return l;
        }

        /**
         * Where a markup tag starting at {@code i} ends ('>'), or -1: a web page given as text is mostly tags
         * (a page of nested divs read as "a language other than English", an Arabic page as Latin script), and
         * tags say nothing of the language its words are in.
         */
        static int tagEnd(CharSequence text, int i) {
            if (text.charAt(i) != '<' || i + 1 >= text.length()) return -1;
            char next = text.charAt(i + 1);
            if (!(next < 0x80 && Character.isLetter(next)) && next != '/' && next != '!') return -1;
            for (int j = i + 1; j < text.length() && j - i < 2_000; j++) {
                char c = text.charAt(j);
                if (c == '>') return j;
                if (c == '<') return -1;
            }
            return -1;
        }
    }
}
