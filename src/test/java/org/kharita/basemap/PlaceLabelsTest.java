package org.kharita.basemap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceLabelsTest {
    static final PlaceLabels.Label KURSK = new PlaceLabels.Label(51.73, 36.19, 440_000, true, "Kursk", "كورسك");
    static final PlaceLabels.Label SUDZHA_GEONAMES = new PlaceLabels.Label(51.1976, 35.2726, 6_940, false, "Sudzha", "");
    static final PlaceLabels.Label SUDZHA_CURATED = new PlaceLabels.Label(51.1976, 35.2726, 0, false, "Sudzha", "سودجا");
    static final PlaceLabels.Label PLEKHOVO = new PlaceLabels.Label(51.10, 35.33, 0, false, "Plekhovo", "بليخوفو");

    private final PlaceLabels labels = new PlaceLabels(List.of(KURSK, SUDZHA_GEONAMES, SUDZHA_CURATED, PLEKHOVO));

    @Test
    void an_oblast_wide_view_names_the_city_but_not_the_villages() {
        assertThat(labels.inView(50, 34, 53, 39, 6)).extracting(PlaceLabels.Label::en).containsExactly("Kursk");
    }

    @Test
    void a_view_at_zoom_11_names_every_village_in_it_biggest_first() {
        assertThat(labels.inView(51.0, 35.0, 51.3, 35.5, 11)).extracting(PlaceLabels.Label::en)
                .containsExactly("Sudzha", "Plekhovo");
    }

    @Test
    void a_curated_village_and_its_geonames_row_make_one_label_with_the_population_and_the_arabic_name() {
        PlaceLabels.Label sudzha = labels.inView(51.0, 35.0, 51.3, 35.5, 11).get(0);
        assertThat(sudzha.population()).isEqualTo(6_940);
        assertThat(sudzha.name("ar")).isEqualTo("سودجا");
        assertThat(sudzha.name("en")).isEqualTo("Sudzha");
        assertThat(labels.size()).isEqualTo(3);
    }

    @Test
    void a_place_without_an_arabic_name_keeps_its_english_one_in_the_arabic_ui() {
        PlaceLabels only = new PlaceLabels(List.of(SUDZHA_GEONAMES));
        assertThat(only.inView(51.0, 35.0, 51.3, 35.5, 11).get(0).name("ar")).isEqualTo("Sudzha");
    }

    @Test
    void persian_and_urdu_spellings_are_not_taken_for_arabic_names() {
        assertThat(BuildPlaceLabels.isArabic("سودجا")).isTrue();
        assertThat(BuildPlaceLabels.isArabic("کورسک")).isFalse();
        assertThat(BuildPlaceLabels.isArabic("Sudzha")).isFalse();
    }

    @Test
    void a_view_never_sends_more_than_a_screen_can_hold() {
        List<PlaceLabels.Label> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) many.add(new PlaceLabels.Label(48 + i * 1e-3, 37.8, i, false, "v" + i, ""));
        List<PlaceLabels.Label> shown = new PlaceLabels(many).inView(47, 37, 50, 39, 12);
        assertThat(shown).hasSize(PlaceLabels.MAX_PER_VIEW);
        assertThat(shown.get(0).en()).isEqualTo("v999");
    }
}
