package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actors of the other wars on the map, in each language, and groups that contain a state's name. */
class ActorNormalizerTest {
    private static List<String> actors(String sentence) {
        return ActorNormalizer.find(TextFold.fold(sentence), null).stream().map(ActorNormalizer.Named::name).toList();
    }

    @Test
    void a_group_named_after_a_country_is_the_group_not_the_country() {
        assertThat(actors("اشتبكت قوات سوريا الديمقراطية مع فصائل موالية لتركيا.")).containsExactly("Syrian Democratic Forces", "Turkey");
        assertThat(actors("The Arakan Army fought Myanmar's military near Sittwe.")).containsExactly("Arakan Army", "Myanmar (military)");
    }

    @Test
    void sudan_war_parties_in_arabic_and_english() {
        assertThat(actors("هاجمت قوات الدعم السريع مواقع الجيش السوداني.")).containsExactly("Rapid Support Forces", "Sudan (army)");
        assertThat(actors("The RSF shelled positions held by the Sudanese army.")).containsExactly("Rapid Support Forces", "Sudan (army)");
    }

    @Test
    void middle_east_parties_in_each_language() {
        assertThat(actors("أطلق حزب الله صواريخ على إسرائيل.")).containsExactly("Hezbollah", "Israel");
        assertThat(actors("Хусийские повстанцы заявили об атаке на Израиль.")).containsExactly("Houthis", "Israel");
        assertThat(actors("Хамас звинуватив Ізраїль у порушенні перемир'я.")).containsExactly("Hamas", "Israel");
        assertThat(actors("شنت طائرات أميركية وبريطانية غارات على مواقع للحوثيين.")).containsExactly("United States", "United Kingdom", "Houthis");
    }
}
