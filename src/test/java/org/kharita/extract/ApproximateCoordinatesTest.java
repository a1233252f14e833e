package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Villages the theatre layer places at their district seat (notes starting APPROXIMATE) claim no more
 * than their point can: the confidence is capped and the resolution says how far off the point may be;
 * a village with its own coordinates is untouched.
 */
class ApproximateCoordinatesTest {
    @Test
    void a_village_placed_at_its_district_seat_is_approximate_and_capped() {
        List<Mention> ms = GeoParserBehaviourTest.parse(
                "Russian troops repelled attacks near the villages of Darino and Plekhovo in Kursk Oblast.");
        Mention darino = GeoParserBehaviourTest.named(ms, "Darino");
        assertThat(darino.resolution().place().id()).isEqualTo("kharita:darino-sudzhansky");
        assertThat(darino.resolution().approximate()).isTrue();
        assertThat(darino.resolution().coordinateKm()).isEqualTo(30);
        assertThat(darino.resolution().confidence()).isLessThanOrEqualTo(0.5);
        assertThat(darino.resolution().explanation()).contains("coordinates approximate");

        Mention plekhovo = GeoParserBehaviourTest.named(ms, "Plekhovo");
        assertThat(plekhovo.resolution().approximate()).as("Plekhovo has its own coordinates").isFalse();
        assertThat(plekhovo.resolution().confidence()).isGreaterThan(0.9);
    }
}
