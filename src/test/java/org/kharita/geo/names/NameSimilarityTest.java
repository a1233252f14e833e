package org.kharita.geo.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSimilarityTest {
    private static double sim(String a, String b) {
        return NameSimilarity.of(PhoneticKey.fine(a), PhoneticKey.fine(b));
    }

    @Test
    void same_sound_in_two_scripts_is_one() {
        assertThat(sim("دارينو", "Darino")).isEqualTo(1.0);
    }

    @Test
    void a_dropped_vowel_costs_little() {
        assertThat(sim("نوفويفانوفكا", "Novoivanovka")).isGreaterThan(0.9);
        assertThat(sim("الفاشر", "El Fasher")).isGreaterThan(0.88);
    }

    @Test
    void a_confusable_consonant_costs_less_than_another_one() {
        double lr = sim("سفيلدليكوفو", "Sverdlikovo");
        double lm = sim("سفيمدليكوفو", "Sverdlikovo");
        assertThat(lr).isGreaterThan(lm).isGreaterThan(0.85);
    }

    @Test
    void different_names_score_low() {
        assertThat(sim("Kursk", "Kyiv")).isLessThan(0.6);
    }

    @Test
    void the_hamlet_is_closer_to_its_own_name_than_to_the_city() {
        assertThat(sim("بوكروفسكي", "Pokrovsky")).isGreaterThan(sim("بوكروفسكي", "Pokrovsk"));
    }

    @Test
    void similarity_is_symmetric() {
        assertThat(sim("بليخوفو", "Plekhovo")).isEqualTo(sim("Plekhovo", "بليخوفو"));
    }
}
