package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal guards must never rule out a sentence the regex would match: one rule per test. */
class RegexesTest {

    @Test
    void each_alternative_gives_its_literal_prefix_up_to_the_first_class_or_quantifier() {
        assertThat(Regexes.literals("ratif\\S*|fended off|shell(?:ed|ing)")).containsExactly("ratif", "fended off", "shell");
    }

    @Test
    void a_letter_made_optional_is_left_out() {
        assertThat(Regexes.literals("battles?|towards?")).containsExactly("battle", "toward");
        assertThat(Regexes.literals("air ?strikes?")).containsExactly("air");
    }

    @Test
    void escaped_punctuation_is_a_literal_but_an_escaped_class_ends_the_prefix() {
        assertThat(Regexes.literals("u\\.s\\.|г\\.")).containsExactly("u.s.", "г.");
        assertThat(Regexes.literals("ab\\s+cd")).containsExactly("ab");
    }

    @Test
    void a_literal_that_contains_another_is_dropped() {
        assertThat(Regexes.literals("الدفاع الروسية|وزارة الدفاع الروسية")).containsExactly("الدفاع الروسية");
    }

    @Test
    void a_group_gives_its_alternatives_and_an_optional_group_gives_what_follows_it() {
        assertThat(Regexes.literals("(?:هجوم|ضرب|غار)\\S*\\s+مسير")).containsExactly("هجوم", "ضرب", "غار");
        assertThat(Regexes.literals("(?:\\p{L}+\\s+)?tanks?")).containsExactly("tank");
        assertThat(Regexes.literals("(?!x)abc")).containsExactly("abc");
    }

    @Test
    void an_alternative_without_a_literal_means_no_guard() {
        assertThat(Regexes.literals("abc|[وب]?ان")).isNull();
        assertThat(Regexes.literals("abc|\\d+")).isNull();
        assertThat(Regexes.literals("(?:x)?\\s+")).isNull();
        assertThat(Regexes.mayContain("anything", (String[]) null)).isTrue();
    }

    @Test
    void the_guard_passes_wherever_the_regex_matches() {
        String words = "(?:\\p{L}+\\s+)?(?:armou?red (?:combat |personnel )?vehicles?|apcs?)|clash\\S*|fighting(?! vehicles?)";
        String[] guard = Regexes.literals(words);
        Pattern p = Pattern.compile(words);
        for (String text : new String[]{"two armored vehicles", "an apc", "clashes near", "heavy fighting", "nothing here", "fighting vehicles"}) {
            if (p.matcher(text).find()) assertThat(Regexes.mayContain(text, guard)).as(text).isTrue();
        }
        assertThat(Regexes.mayContain("nothing here", guard)).isFalse();
    }

    @Test
    void start_literals_keep_a_phrase_whose_tail_is_another_word_and_refuse_a_literal_after_an_optional_non_letter() {
        assertThat(Regexes.startLiterals("تسلل|يحاولون التسلل")).containsExactly("تسلل", "يحاولون التسلل");
        assertThat(Regexes.startLiterals("ratif\\S*|ratification")).containsExactly("ratif");
        assertThat(Regexes.startLiterals("(?:ب)?مسير|x")).containsExactly("مسير", "x");
        assertThat(Regexes.startLiterals("(?:\\p{L}+\\s+)?tanks?")).isNull();
    }

    @Test
    void a_scan_finds_what_a_find_loop_finds() {
        String before = "(?<![\\p{L}])(?:[وبلف]|ال)*";
        String words = "تسلل|يحاولون التسلل|روسي\\S*|(?:ب)?مسير\\S*|kyiv|that";
        Pattern p = Pattern.compile(before + "(" + words + ")(?![\\p{L}])");
        String[] literals = Regexes.startLiterals(words);
        for (String text : new String[]{"وهم يحاولون التسلل الى القرية", "القوات الروسية والروسي", "غيرروسي 3روسيا", "بالمسيرات",
                "that kyiv's forces, thatkyiv", "", "لا شيء هنا"}) {
            java.util.List<String> expected = new java.util.ArrayList<>(), actual = new java.util.ArrayList<>();
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) expected.add(m.start() + ":" + m.group(1));
            Regexes.Scan scan = Regexes.scan(p, literals, text);
            while (scan.find()) actual.add(scan.matcher().start() + ":" + scan.matcher().group(1));
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void a_scan_with_words_before_the_literal_finds_what_a_find_loop_finds() {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:в|у)\\s+)?(?:(?:начале|на початку)\\s+)?(июня|червня)(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])");
        String[] literals = Regexes.startWords(java.util.List.of("июня", "червня"));
        for (String text : new String[]{"в начале июня 2024 года", "у  на  початку червня", "вначале июня", "5июня и в июня",
                "доиюня", "в\tначале\nиюня", "", "ничего"}) {
            java.util.List<String> expected = new java.util.ArrayList<>(), actual = new java.util.ArrayList<>();
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) expected.add(m.start() + "-" + m.end());
            Regexes.Scan scan = Regexes.scan(p, Regexes.occurrences(text, literals), 2, text);
            while (scan.find()) actual.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void the_pair_test_never_rules_out_a_literal_the_text_holds() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "абвгдеклмнопрстуاأبتثجحخدرسعفقلمنهويabcdeklmnorst .,0123456789";
        String[] texts = new String[6];
        for (int round = 0; round < 3000; round++) {
            int which = random.nextInt(texts.length);
            if (texts[which] == null || random.nextInt(4) == 0) texts[which] = randomText(random, alphabet, 40 + random.nextInt(300));
            String text = texts[which]; // revisiting earlier texts exercises the per-thread cache of their pairs
            String[] literals = new String[1 + random.nextInt(12)];
            for (int i = 0; i < literals.length; i++) {
                if (random.nextBoolean()) {
                    int from = random.nextInt(text.length() - 1);
                    literals[i] = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(6)));
                } else {
                    literals[i] = randomText(random, alphabet, 1 + random.nextInt(5));
                }
            }
            boolean holds = java.util.Arrays.stream(literals).anyMatch(text::contains);
            assertThat(Regexes.mayContain(text, literals)).as("%s in %s", java.util.Arrays.toString(literals), text).isEqualTo(holds);
            // pairs held from an earlier text are refetched, never trusted for another one
            String other = texts[random.nextInt(texts.length)];
            Regexes.Pairs held = Regexes.Pairs.of(other == null ? text : other);
            assertThat(Regexes.mayContain(text, held, Regexes.Literals.of(literals))).as("%s in %s", java.util.Arrays.toString(literals), text).isEqualTo(holds);
            // a stretch of the text is ruled on by the whole text's pairs
            int from = random.nextInt(text.length()), to = from + random.nextInt(text.length() - from + 1);
            String part = text.substring(from, to);
            assertThat(Regexes.mayContainIn(part, text, literals)).as("%s in %s", java.util.Arrays.toString(literals), part)
                    .isEqualTo(java.util.Arrays.stream(literals).anyMatch(part::contains));
            int expected = 0;
            for (String l : literals) for (int at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) expected++;
            assertThat(Regexes.occurrences(text, literals)).hasSize(expected);
        }
    }

    @Test
    void a_guarded_search_in_a_stretch_finds_what_it_finds_without_the_whole_texts_pairs() {
        Regexes.Guarded near = Regexes.Guarded.of("(?<![\\p{L}])(?:[وب])?", "قرب|بالقرب من|near|под|біля", "(?![\\p{L}])");
        String[] vocabulary = {"قرب", "وقرب", "تقرب", "بالقرب من", "near", "nearby", "под", "подол", "біля", "x", "القرية", "village", "7"};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 70 + random.nextInt(200)) b.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? " " : ", ");
            String whole = b.toString();
            int from = random.nextInt(whole.length()), to = from + random.nextInt(whole.length() - from + 1);
            String part = whole.substring(from, to);
            assertThat(near.find(part, whole)).as(part).isEqualTo(near.find(part));
            Regexes.Scan in = near.scan(part, whole), alone = near.scan(part);
            while (alone.find()) {
                assertThat(in.find()).as(part).isTrue();
                assertThat(in.matcher().start()).isEqualTo(alone.matcher().start());
            }
            assertThat(in.find()).as(part).isFalse();
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
