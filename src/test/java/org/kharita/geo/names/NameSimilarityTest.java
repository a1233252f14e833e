package org.kharita.geo.names;

import org.junit.jupiter.api.Test;

import java.util.Random;

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

    @Test
    void the_early_way_out_gives_the_full_score_whenever_it_reaches_the_minimum_and_a_lower_one_otherwise() {
        String alphabet = "bdfghklmnrstzSaio";
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            String a = randomFine(r, alphabet);
            // half the pairs one letter apart, so that many reach the minimum
            String b = r.nextBoolean() ? randomFine(r, alphabet) : a.substring(0, r.nextInt(a.length()))
                    + alphabet.charAt(r.nextInt(alphabet.length())) + a.substring(r.nextInt(a.length()));
            double min = 0.5 + r.nextInt(50) / 100.0;
            double full = NameSimilarity.of(a, b);
            double early = NameSimilarity.of(a, b, min);
            if (full >= min) assertThat(early).as(a + " / " + b + " at " + min).isEqualTo(full);
            else assertThat(early).as(a + " / " + b + " at " + min).isLessThan(min);
        }
    }

    @Test
    void confusable_consonants_are_half_price_either_way_round_and_others_full() {
        for (String pair : new String[]{"Ss", "sz", "dt", "gk", "gh", "hk", "Sg", "bf", "lr"}) {
            assertThat(NameSimilarity.substitution(pair.charAt(0), pair.charAt(1))).as(pair).isEqualTo(NameSimilarity.NEAR_CONSONANT);
            assertThat(NameSimilarity.substitution(pair.charAt(1), pair.charAt(0))).as(pair).isEqualTo(NameSimilarity.NEAR_CONSONANT);
        }
        assertThat(NameSimilarity.substitution('b', 'd')).isEqualTo(1.0);
        assertThat(NameSimilarity.substitution('a', 'o')).isEqualTo(NameSimilarity.VOWEL_SWAP);
        assertThat(NameSimilarity.substitution('a', 'k')).isEqualTo(1.0);
        assertThat(NameSimilarity.substitution('\u0628', '\u0628')).isEqualTo(0.0);
    }

    private static String randomFine(Random r, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(9); i > 0; i--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }
}
