package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.extract.Event.DatePrecision;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {
    private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);

    @Test
    void a_month_precise_date_reads_as_the_month_and_spans_it_on_the_timeline() {
        assertThat(Labels.date(JUNE_19, DatePrecision.MONTH)).isEqualTo("2024-06");
        assertThat(Labels.start(JUNE_19, DatePrecision.MONTH)).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(Labels.end(JUNE_19, DatePrecision.MONTH)).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void a_day_is_a_point_and_a_year_spans_the_year() {
        assertThat(Labels.date(JUNE_19, DatePrecision.DAY)).isEqualTo("2024-06-19");
        assertThat(Labels.end(JUNE_19, DatePrecision.DAY)).isNull();
        assertThat(Labels.date(JUNE_19, DatePrecision.YEAR)).isEqualTo("2024");
        assertThat(Labels.end(JUNE_19, DatePrecision.YEAR)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Labels.date(null, null)).isEqualTo("date unknown");
    }

    @Test
    void a_country_code_reads_as_its_name_in_the_ui_language() {
        assertThat(Labels.country("UA", "en")).isEqualTo("Ukraine");
        assertThat(Labels.country("UA", "ar")).isEqualTo("أوكرانيا");
        assertThat(Labels.country("Atlantis", "en")).as("a name from an older import stays as it is").isEqualTo("Atlantis");
        assertThat(Labels.country(null, "en")).isEmpty();
    }

    private static org.kharita.corpus.EventRow row(String place, int precision, String actor1) {
        return new org.kharita.corpus.EventRow(1, null, null, null, null, 1L, "x", "battle", JUNE_19, JUNE_19, DatePrecision.DAY,
                place, "RU", "41", "Kursk Oblast", 51.2, 35.27, null, precision, actor1, null, null, null, null, null, "text");
    }

    @Test
    void an_event_known_only_near_its_place_or_to_its_district_reads_as_approximate_in_both_languages() {
        assertThat(Labels.place(row("Darino", 2, null), Texts.of("en"))).isEqualTo("≈ Darino (approximate)");
        assertThat(Labels.place(row("Darino", 2, null), Texts.of("ar"))).isEqualTo("≈ Darino (تقريبي)");
        assertThat(Labels.place(row("Plekhovo", 1, null), Texts.of("en"))).isEqualTo("Plekhovo");
    }

    @Test
    void countries_and_governments_as_actors_read_in_arabic_and_other_actors_keep_their_name() {
        Texts ar = Texts.of("ar");
        assertThat(Labels.actor("Government of Ukraine", ar)).isEqualTo("حكومة أوكرانيا");
        assertThat(Labels.actor("Russia", ar)).isEqualTo("روسيا");
        assertThat(Labels.actor("Wagner Group", ar)).isEqualTo("Wagner Group");
        assertThat(Labels.actor("Government of Ukraine", Texts.of("en"))).isEqualTo("Government of Ukraine");
    }
}
