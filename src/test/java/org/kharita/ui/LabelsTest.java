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
}
