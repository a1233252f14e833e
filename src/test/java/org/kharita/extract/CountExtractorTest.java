package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.extract.Event.Count;
import org.kharita.geo.Language;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Casualty figures, one rule per test, on sentences written for the test. */
class CountExtractorTest {

    private static Map<String, Count> counts(String text, Language lang) {
        return CountExtractor.extract(text, lang);
    }

    private static long value(String text, Language lang, String category) {
        Count c = counts(text, lang).get(category);
        assertThat(c).as(category + " in: " + text).isNotNull();
        return c.value();
    }

    @Test
    void civilians_children_and_women_are_people_whose_fate_the_verb_gives() {
        assertThat(value("A missile hit the market, killing at least 12 civilians.", Language.EN, "killed")).isEqualTo(12);
        assertThat(value("The shelling wounded five children and two women.", Language.EN, "wounded")).isEqualTo(5);
        assertThat(value("Під час атаки поранено трьох дітей.", Language.UK, "wounded")).isEqualTo(3);
        assertThat(value("При обстреле ранены четверо детей.", Language.RU, "wounded")).isEqualTo(4);
    }

    @Test
    void one_person_named_beside_a_singular_verb_is_one_casualty() {
        assertThat(value("Снаряд попал во двор, погиб мужчина.", Language.RU, "killed")).isEqualTo(1);
        assertThat(value("В результате удара пострадала пожилая женщина.", Language.RU, "wounded")).isEqualTo(1);
        assertThat(value("Внаслідок удару постраждав 52-річний чоловік.", Language.UK, "wounded")).isEqualTo(1);
        assertThat(value("Дрон влучив в авто, загинула жінка.", Language.UK, "killed")).isEqualTo(1);
        assertThat(value("Під час обстрілу поранено водія.", Language.UK, "wounded")).isEqualTo(1);
        assertThat(value("A woman was injured when the drone hit her house.", Language.EN, "wounded")).isEqualTo(1);
    }

    @Test
    void one_of_them_died_and_the_other_was_wounded_are_one_each() {
        Map<String, Count> c = counts("От полученных травм умер один из рабочих, другой получил ранение.", Language.RU);
        assertThat(c.get("killed").value()).isEqualTo(1);
        assertThat(c.get("wounded").value()).isEqualTo(1);
    }

    @Test
    void a_plural_a_negation_or_a_numeral_gives_no_lone_victim() {
        assertThat(counts("Погибли люди, ранены жители.", Language.RU)).isEmpty();
        assertThat(counts("Мужчина не пострадал.", Language.RU)).isEmpty();
        assertThat(counts("Люди не постраждали, жінка не постраждала.", Language.UK)).isEmpty();
        assertThat(value("Погиб 21 человек.", Language.RU, "killed")).isEqualTo(21);
    }

    @Test
    void an_english_noun_before_an_active_verb_is_the_killer_not_the_killed() {
        assertThat(counts("A soldier killed the dog.", Language.EN)).isEmpty();
    }

    @Test
    void the_day_of_a_date_is_no_figure() {
        assertThat(counts("В ночь на 5 октября беспилотник атаковал село.", Language.RU)).isEmpty();
        assertThat(counts("У ніч на 7 жовтня дрони атакували місто.", Language.UK)).isEmpty();
        assertThat(counts("On 3 May drones struck the depot.", Language.EN)).isEmpty();
    }

    @Test
    void collective_numerals_count_the_dead_and_wounded() {
        assertThat(value("Загинули троє людей, двоє поранених.", Language.UK, "killed")).isEqualTo(3);
        assertThat(value("Загинули троє людей, двоє поранених.", Language.UK, "wounded")).isEqualTo(2);
        assertThat(value("Есть трое погибших.", Language.RU, "killed")).isEqualTo(3);
    }
}
