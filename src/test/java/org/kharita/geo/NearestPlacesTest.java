package org.kharita.geo;

import org.junit.jupiter.api.Test;
import org.kharita.geo.index.DefaultGazetteer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearestPlacesTest {
    private static Place town(String name, double lat, double lon, String country, String admin1Code, String admin1) {
        return new Place("test:" + name, name, lat, lon, 'P', "PPL", country, admin1Code, admin1, 1000, null);
    }

    @Test
    void the_nearest_is_measured_on_the_sphere_not_in_degrees() {
        // At 60° north a degree of longitude is half a degree of latitude: 0.5° east is 28 km, 0.4° north 44 km.
        Place east = town("East", 60.0, 30.5, "RU", "66", "Leningrad Oblast");
        Place north = town("North", 60.4, 30.0, "RU", "47", "Karelia");
        NearestPlaces index = NearestPlaces.of(List.of(north, east));
        assertThat(index.nearest(60.0, 30.0)).hasValueSatisfying(n -> {
            assertThat(n.place()).isEqualTo(east);
            assertThat(n.km()).isBetween(27.0, 29.0);
        });
    }

    @Test
    void areas_and_places_without_a_country_are_not_candidates() {
        Place oblast = new Place("test:oblast", "Kursk Oblast", 51.5, 36.0, 'A', "ADM1", "RU", "41", "Kursk Oblast", 0, null);
        Place nowhere = town("Nowhere", 51.5, 36.01, "", null, "");
        Place kursk = town("Kursk", 51.73, 36.19, "RU", "41", "Kursk Oblast");
        NearestPlaces index = NearestPlaces.of(List.of(oblast, nowhere, kursk));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.nearest(51.5, 36.0)).hasValueSatisfying(n -> assertThat(n.place()).isEqualTo(kursk));
    }

    @Test
    void nothing_is_near_beyond_the_limit() {
        NearestPlaces index = NearestPlaces.of(List.of(town("Kursk", 51.73, 36.19, "RU", "41", "Kursk Oblast")));
        assertThat(index.nearest(51.73, 37.5, 75)).isEmpty();
        assertThat(index.nearest(51.73, 37.5, 100)).isPresent();
    }

    @Test
    void points_in_the_default_gazetteer_take_the_region_they_are_in() {
        NearestPlaces index = NearestPlaces.of(DefaultGazetteer.load().places());
        assertThat(index.size()).isGreaterThan(150_000);
        // A field 3 km east of Sudzha (51.19 N, 35.27 E, GeoNames 487928), Kursk Oblast.
        assertThat(index.nearest(51.19, 35.32)).hasValueSatisfying(n -> {
            assertThat(n.place().country()).isEqualTo("RU");
            assertThat(n.place().admin1()).isEqualTo("Kursk Oblast");
        });
        // Between Sumy (50.91 N, 34.80 E) and the border: Sumy Oblast, Ukraine.
        assertThat(index.nearest(50.95, 34.9)).hasValueSatisfying(n -> {
            assertThat(n.place().country()).isEqualTo("UA");
            assertThat(n.place().admin1()).startsWith("Sumy");
        });
        // Near Rafah (31.29 N, 34.25 E), the Gaza Strip.
        assertThat(index.nearest(31.30, 34.26)).hasValueSatisfying(n -> assertThat(n.place().country()).isEqualTo("PS"));
        // The middle of the Atlantic.
        assertThat(index.nearest(30.0, -40.0)).isEmpty();
    }
}
