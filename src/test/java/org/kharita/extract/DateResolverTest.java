package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates that are no event's day: sentences written for the test. */
class DateResolverTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 10);

    private static List<DateResolver.DateMention> dates(String text, Language lang) {
        return DateResolver.find(text, lang, PUBLISHED);
    }

    @Test
    void both_ends_of_a_period_are_no_day_something_happened() {
        assertThat(dates("Between March 3 and April 9, 2025, the group spoke to 40 people.", Language.EN))
                .hasSize(2).allSatisfy(d -> assertThat(d.since()).isTrue());
        assertThat(dates("С 5 по 9 мая проводились интервью.", Language.RU))
                .isNotEmpty().allSatisfy(d -> assertThat(d.since()).isTrue());
    }

    @Test
    void two_dates_joined_by_and_without_a_period_are_days() {
        assertThat(dates("Strikes hit the town on May 3 and May 5.", Language.EN))
                .hasSize(2).allSatisfy(d -> assertThat(d.since()).isFalse());
    }
}
