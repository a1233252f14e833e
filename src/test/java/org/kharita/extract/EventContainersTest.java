package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A container named beside the place it holds gives way to it: texts written for the test. */
class EventContainersTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    private static List<String> placesOfEvents(String text, Language language, TestMentions t) {
        List<Mention> mentions = t.mentions();
        return new RuleEventExtractor().extract(text, language, PUBLISHED, t.sentences(), mentions).stream()
                .flatMap(e -> e.places().stream()).map(i -> mentions.get(i).text()).toList();
    }

    @Test
    void a_district_the_resolver_placed_at_its_seat_town_gives_way_to_the_village_it_holds() {
        String ru = "Дрон атаковал деревню Луговое Заречного района.";
        TestMentions t = new TestMentions(ru)
                .literal("Луговое", 0, TestMentions.settlement("lugovoe", "RU", "X"))
                .literal("Заречного района", 0, TestMentions.settlement("zarechnoe", "RU", "X"));
        assertThat(placesOfEvents(ru, Language.RU, t)).containsExactly("Луговое");
        String uk = "Під обстріл потрапили Вишнева та Ясенська громади Степового району.";
        TestMentions u = new TestMentions(uk)
                .literal("Вишнева", 0, TestMentions.settlement("vyshneve", "UA", "X"))
                .literal("Ясенська", 0, TestMentions.settlement("yasenka", "UA", "X"))
                .literal("Степового", 0, TestMentions.settlement("stepove", "UA", "X"));
        assertThat(placesOfEvents(uk, Language.UK, u)).containsExactly("Вишнева", "Ясенська");
    }

    @Test
    void a_district_named_alone_is_still_the_place() {
        String ru = "Беспилотник атаковал окраины Заречного района.";
        TestMentions t = new TestMentions(ru).literal("Заречного района", 0, TestMentions.settlement("zarechnoe", "RU", "X"));
        assertThat(placesOfEvents(ru, Language.RU, t)).containsExactly("Заречного района");
    }
}
