package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;
import org.kharita.geo.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kharita.geo.Places.city;

/** The metonymy rules one by one, on single sentences and hand-made places: no gazetteer involved. */
class MetonymyDetectorTest {
    static final Place KYIV = city("c:kyiv", "Kyiv", 50.45, 30.52, "UA", "12", "PPLC", 2_900_000);
    static final Place COUNTRY = new Place("c:country", "Some Country", 0, 0, 'A', "PCLI", "XX", "", "", 0, null);

    /** The reason the detector gives for the {@code occurrence}-th "name" in the text, or null when literal. */
    private static String reason(String text, String name, Place place, Language lang) {
        int start = text.indexOf(name);
        assertThat(start).as(name).isNotNegative();
        return MetonymyDetector.reason(text, new Sentence(0, 0, text.length()), start, start + name.length(), place, lang);
    }

    @Test
    void a_capital_that_calls_for_something_in_russian_is_its_government() {
        assertThat(reason("Анкара призвала к прекращению огня.", "Анкара", KYIV, Language.RU)).contains("призвала");
    }

    @Test
    void a_russian_capital_is_the_subject_across_an_object_put_before_a_negated_verb() {
        assertThat(reason("Киев эти потери не признаёт.", "Киев", KYIV, Language.RU)).contains("признаёт");
        assertThat(reason("Але Київ це спростовує.", "Київ", KYIV, Language.UK)).contains("спростовує");
    }

    @Test
    void a_capital_after_a_preposition_is_where_the_speakers_are() {
        assertThat(reason("В Киеве власти заявили о тревоге.", "Киеве", KYIV, Language.RU)).isNull();
    }

    @Test
    void a_noun_of_the_same_root_is_no_statement_verb() {
        assertThat(PlaceCues.agentVerbAfter("заявление", Language.RU)).isFalse();
        assertThat(PlaceCues.agentVerbAfter("завдання", Language.UK)).isFalse();
        assertThat(PlaceCues.agentVerbAfter("заявила", Language.RU)).isTrue();
        assertThat(PlaceCues.agentVerbAfter("запропонував", Language.UK)).isTrue();
    }

    @Test
    void a_country_that_speaks_is_its_government() {
        assertThat(reason("Talks ended on Friday, the United States said.", "United States", COUNTRY, Language.EN)).contains("said");
    }

    @Test
    void a_country_that_strikes_is_its_army() {
        assertThat(reason("Тим часом Ізраїль завдав ударів по півдню.", "Ізраїль", COUNTRY, Language.UK)).contains("завдав");
    }

    @Test
    void a_capital_struck_by_something_is_the_target() {
        assertThat(reason("Overnight Kyiv struck by drones again.", "Kyiv", KYIV, Language.EN)).isNull();
    }

    @Test
    void capitals_joined_by_and_share_their_verb() {
        assertThat(reason("London and Paris urged a ceasefire.", "London", KYIV, Language.EN)).contains("urged");
    }

    @Test
    void the_state_urged_to_act_is_a_government() {
        assertThat(reason("They urged Israel to halt its offensive.", "Israel", COUNTRY, Language.EN)).contains("urged");
        assertThat(reason("Talks in Israel to halt nothing.", "Israel", COUNTRY, Language.EN)).isNull();
    }

    @Test
    void a_capital_something_is_demanded_of_is_a_government() {
        assertThat(reason("Київ вимагає від Мінська пояснень.", "Мінська", KYIV, Language.UK)).contains("вимагає");
    }

    @Test
    void aid_for_a_capital_goes_to_its_government() {
        assertThat(reason("The Pentagon announced new aid for Kyiv.", "Kyiv", KYIV, Language.EN)).contains("aid");
        assertThat(reason("Поставки оружия Киеву продолжатся.", "Киеву", KYIV, Language.RU)).contains("оружия");
    }

    @Test
    void humanitarian_aid_to_a_country_reaches_the_country_but_weapons_its_government() {
        assertThat(reason("Donors pledged humanitarian aid to Sudan.", "Sudan", COUNTRY, Language.EN)).isNull();
        assertThat(reason("Washington sent weapons for Ukraine.", "Ukraine", COUNTRY, Language.EN)).contains("weapons");
    }

    @Test
    void a_verb_after_a_comma_has_its_own_subject() {
        assertThat(reason("وفي اليمن، أعلن الحوثيون أنهم أطلقوا صاروخا.", "اليمن", COUNTRY, Language.AR)).isNull();
        assertThat(reason("In Kyiv, officials said the sirens sounded.", "Kyiv", KYIV, Language.EN)).isNull();
    }

    @Test
    void a_capital_after_an_arabic_verb_that_agrees_with_it_is_its_government() {
        assertThat(reason("ونقلت موسكو قوات إضافية إلى الحدود.", "موسكو", KYIV, Language.AR)).contains("the verb before it");
        assertThat(reason("وتدفع كييف بتعزيزات إلى الجبهة.", "كييف", KYIV, Language.AR)).contains("the verb before it");
    }

    @Test
    void a_capital_after_a_verb_of_undergoing_is_where_it_happened() {
        assertThat(reason("وتعرضت كييف لقصف صاروخي ليلا.", "كييف", KYIV, Language.AR)).isNull();
        assertThat(reason("وشهدت كييف انفجارات عنيفة.", "كييف", KYIV, Language.AR)).isNull();
    }

    @Test
    void a_capital_opening_a_reported_clause_with_a_modal_is_its_government() {
        assertThat(reason("The minister said that Kyiv would not accept the terms.", "Kyiv", KYIV, Language.EN)).contains("would");
        assertThat(reason("Лавров заявил, что Москва готова к переговорам.", "Москва", KYIV, Language.RU)).contains("готова");
        assertThat(reason("Речник заявив, що Київ не планує відступати.", "Київ", KYIV, Language.UK)).contains("планує");
    }

    @Test
    void a_capital_in_a_reported_clause_that_is_struck_is_the_city() {
        assertThat(reason("Officials warned that Kyiv would be hit again tonight.", "Kyiv", KYIV, Language.EN)).isNull();
    }

    @Test
    void an_arabic_capital_opening_a_reported_clause_with_a_future_verb_is_its_government() {
        assertThat(reason("وقال المتحدث إن كييف سترد على الضربات بالمثل.", "كييف", KYIV, Language.AR)).contains("سترد");
        assertThat(reason("وأكد الوزير أن كييف تعتزم توسيع الإنتاج.", "كييف", KYIV, Language.AR)).contains("تعتزم");
    }

    @Test
    void an_arabic_capital_that_a_future_verb_says_will_undergo_something_is_the_city() {
        assertThat(reason("وحذر المسؤول من أن كييف ستتعرض لموجة هجمات جديدة.", "كييف", KYIV, Language.AR)).isNull();
    }
}
