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

    private static LocalDate day(String text, Language lang) {
        List<DateResolver.DateMention> found = dates(text, lang);
        assertThat(found).hasSize(1);
        return found.get(0).date();
    }

    @Test
    void abbreviated_english_months_beside_a_day_are_dates() {
        assertThat(day("A drone hit the depot on Aug. 14, the governor said.", Language.EN)).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(day("Shelling resumed on Sept 3, 2024 near the river.", Language.EN)).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(day("Fighting flared on 2 Feb. in the south.", Language.EN)).isEqualTo(LocalDate.of(2025, 2, 2));
    }

    @Test
    void a_weekday_before_an_abbreviated_date_takes_that_date() {
        // 10 June 2025 is a Tuesday: counted back, "Tuesday" alone would be the publication day
        assertThat(day("On Tuesday, Jun. 3, two houses burned.", Language.EN)).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(day("Удар нанесли во вторник, 3 июня, по складу.", Language.RU)).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(day("قصفت الطائرات المستودع يوم الثلاثاء، 3 حزيران/يونيو.", Language.AR)).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void abbreviated_cyrillic_months_with_their_full_stop_are_dates() {
        assertThat(day("Склад загорелся 14 мар. после атаки.", Language.RU)).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(day("Школу зруйновано 12 трав. 2024 р. під час обстрілу.", Language.UK)).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(dates("На 5 лип стояло біля дороги.", Language.UK)).isEmpty();
    }

    @Test
    void arabic_months_of_either_family_first_with_a_day_are_one_date() {
        assertThat(day("سقطت القذائف على السوق في 4 أيار/مايو.", Language.AR)).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(day("سقطت القذائف على السوق في 9 تشرين الثاني (نوفمبر) 2024.", Language.AR)).isEqualTo(LocalDate.of(2024, 11, 9));
        assertThat(day("سقطت القذائف على السوق في 4 من شهر مايو.", Language.AR)).isEqualTo(LocalDate.of(2025, 5, 4));
    }
}
