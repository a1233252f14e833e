package org.kharita.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word rules of {@link PlaceCues}, one by one. */
class PlaceCuesTest {
    @Test
    void a_ukrainian_locative_in_tsi_meets_its_nominative_in_ka() {
        assertThat(PlaceCues.cyrillicNounBases("Юнаківці")).contains("Юнаківка");
        assertThat(PlaceCues.cyrillicNounBases("Празі")).contains("Прага");
    }

    @Test
    void a_province_or_state_word_in_russian_is_a_region_word() {
        assertThat(PlaceCues.in(PlaceCues.REGION, "провинции", null)).isTrue();
        assertThat(PlaceCues.in(PlaceCues.REGION, "штате", null)).isTrue();
        assertThat(PlaceCues.in(PlaceCues.REGION, "округе", null)).isTrue();
    }

    @Test
    void a_first_name_in_an_oblique_case_meets_its_nominative_but_a_surname_does_not() {
        assertThat(PlaceCues.cyrillicFirstName("Веры")).isTrue();
        assertThat(PlaceCues.cyrillicFirstName("Антоном")).isTrue();
        assertThat(PlaceCues.cyrillicFirstName("Надію")).isTrue();
        assertThat(PlaceCues.cyrillicFirstName("Борисова")).isFalse();
        assertThat(PlaceCues.cyrillicFirstNameNominative("Анны")).isFalse();
    }

    @Test
    void a_verb_of_speech_needs_a_finite_ending() {
        assertThat(PlaceCues.personalVerb("рассказала")).isTrue();
        assertThat(PlaceCues.personalVerb("розповідає")).isTrue();
        assertThat(PlaceCues.personalVerb("рассказ")).isFalse();
        assertThat(PlaceCues.personalVerb("атаковал")).isFalse();
    }

    @Test
    void a_district_adjectives_root_meets_its_seats_name() {
        assertThat(PlaceCues.seatRoots("межів")).contains("межов");
        assertThat(PlaceCues.seatRoots("краснопіль")).contains("краснопілля");
        assertThat(PlaceCues.seatRoots("суджан")).contains("судж");
        assertThat(PlaceCues.seatRoots("глушков")).containsExactly("глушков");
    }

    @Test
    void a_ukrainian_land_in_shchyna_gives_its_town() {
        assertThat(PlaceCues.shchynaTown("Харківщині")).isEqualTo("Харків");
        assertThat(PlaceCues.shchynaTown("Сумщину")).isEqualTo("Сум");
        assertThat(PlaceCues.shchynaTown("Харків")).isNull();
    }
}
