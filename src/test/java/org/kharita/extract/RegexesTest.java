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
        assertThat(Regexes.mayContain("anything", null)).isTrue();
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
}
