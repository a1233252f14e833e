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
}
