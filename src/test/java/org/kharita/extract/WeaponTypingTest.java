package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian and Ukrainian strikes typed by the weapon the sentence names: sentences written for the test. */
class WeaponTypingTest {

    private static List<EventType> cueTypes(String text, Language lang) {
        return EventCues.find(TextFold.fold(text), lang).stream().map(EventCues.Cue::type).distinct().toList();
    }

    @Test
    void an_attack_made_with_rocket_artillery_or_mortars_is_shelling_not_a_clash() {
        assertThat(cueTypes("Росіяни атакували Вишневе з РСЗВ «Ураган».", Language.UK)).containsOnly(EventType.SHELLING);
        assertThat(cueTypes("Противник атаковал Ивановку из минометов.", Language.RU)).containsOnly(EventType.SHELLING);
        assertThat(cueTypes("Ворог обстрілював село з танка.", Language.UK)).containsOnly(EventType.SHELLING);
    }

    @Test
    void a_drone_whose_kind_is_joined_to_it_strikes() {
        assertThat(cueTypes("Окупанти атакували Вишневе FPV-дронами.", Language.UK)).containsOnly(EventType.DRONE_STRIKE);
    }

    @Test
    void a_copter_dropping_its_charge_is_a_drone_strike_not_an_explosion() {
        assertThat(cueTypes("Вражеский коптер трижды сбросил взрывное устройство на машину.", Language.RU)).containsOnly(EventType.DRONE_STRIKE);
        assertThat(cueTypes("Ворожий квадрокоптер скинув вибухівку на подвір'я.", Language.UK)).containsOnly(EventType.DRONE_STRIKE);
    }

    @Test
    void an_attack_without_a_weapon_stays_a_clash() {
        assertThat(cueTypes("Противник атаковал позиции у села Ивановка.", Language.RU)).containsOnly(EventType.BATTLE);
    }

    @Test
    void harm_that_follows_an_attack_is_a_strike_with_the_weapon_its_sentence_names() {
        assertThat(cueTypes("У Вишневій громаді внаслідок атаки постраждала жінка.", Language.UK)).containsOnly(EventType.SHELLING);
        assertThat(cueTypes("В результате атаки беспилотника ранен мужчина.", Language.RU)).containsOnly(EventType.DRONE_STRIKE);
    }
}
