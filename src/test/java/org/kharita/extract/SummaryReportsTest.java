package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * General Staff style summaries ("37 attacks on the Pokrovsk axis"): one event on the front with its number of attacks,
 * as ACLED codes an aggregated report, unless the statement goes on to name the settlements, which ACLED codes instead.
 * Texts written for the test.
 */
class SummaryReportsTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 23);

    private static Long attacks(String sentence, Language language) {
        Event.Count c = CountExtractor.extract(sentence, language).get(CountExtractor.ATTACKS);
        return c == null ? null : c.value();
    }

    @Test
    void the_number_of_attacks_or_clashes_a_summary_gives_is_its_count_in_every_language() {
        assertThat(attacks("Over the past day there were 37 attacks on the Pokrovsk axis.", Language.EN)).isEqualTo(37L);
        assertThat(attacks("На Покровском направлении произошло 25 боевых столкновений.", Language.RU)).isEqualTo(25L);
        assertThat(attacks("На Лиманському напрямку ворог провів 25 атак.", Language.UK)).isEqualTo(25L);
        assertThat(attacks("Наші захисники зупинили 47 штурмових і наступальних дій агресора.", Language.UK)).isEqualTo(47L);
        assertThat(attacks("На Костянтинівському напрямку ворог 12 разів атакував наші позиції.", Language.UK)).isEqualTo(12L);
        assertThat(attacks("وشنت القوات الروسية 37 هجوما على محور بوكروفسك.", Language.AR)).isEqualTo(37L);
    }

    @Test
    void a_number_before_a_verb_of_attacking_counts_the_attackers_not_the_attacks() {
        assertThat(attacks("Ночью 12 беспилотников атаковали Курскую область.", Language.RU)).isNull();
        assertThat(attacks("Russian forces attacked 3 villages.", Language.EN)).isNull();
    }

    private static List<Event> events(String text, Language language, TestMentions t) {
        return new RuleEventExtractor().extract(text, language, PUBLISHED, t.sentences(), t.mentions());
    }

    /** The Ukrainian text's events, each of {@code settlements} a literal settlement whose id is its surface. */
    private static List<Event> ukrainian(String text, TestMentions t, String... settlements) {
        for (String name : settlements) t.literal(name, 0, TestMentions.settlement(name, "UA", "Donetsk"));
        return events(text, Language.UK, t);
    }

    @Test
    void a_summary_on_a_front_alone_is_one_event_near_the_town_with_its_number_of_attacks() {
        String text = "Генштаб ЗСУ повідомив, що на Покровському напрямку ворог провів 37 атак.";
        assertThat(ukrainian(text, new TestMentions(text), "Покровському")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.BATTLE);
            assertThat(e.locationPrecision()).isEqualTo(2);
            assertThat(e.counts().get(CountExtractor.ATTACKS).value()).isEqualTo(37L);
        });
    }

    @Test
    void a_summary_on_a_front_gives_way_to_the_settlements_its_statement_names_next() {
        String text = "Генштаб ЗСУ повідомив, що на Лиманському напрямку ворог провів 25 атак. "
                + "Росіяни намагалися вклинитися в нашу оборону в районах населених пунктів Греківка та Колодязі.";
        TestMentions t = new TestMentions(text);
        assertThat(ukrainian(text, t, "Лиманському", "Греківка", "Колодязі"))
                .extracting(e -> t.mentions().get(e.places().get(0)).resolution().place().id())
                .containsExactly("Греківка", "Колодязі");
    }

    @Test
    void the_next_fronts_own_summary_is_no_list_of_the_first_ones_settlements() {
        String text = "Генштаб ЗСУ повідомив, що на Покровському напрямку ворог провів 37 атак. "
                + "На Костянтинівському напрямку ворог провів 12 атак.";
        assertThat(ukrainian(text, new TestMentions(text), "Покровському", "Костянтинівському"))
                .extracting(e -> e.counts().get(CountExtractor.ATTACKS).value()).containsExactly(37L, 12L);
    }
}
