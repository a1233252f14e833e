package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** English event words matched by their stem, not by a listed surface form: sentences written for the test. */
class EnglishEventWordsTest {

    private static EventType typeOf(String sentence) {
        EventCues.Cue main = EventCues.main(EventCues.find(TextFold.fold(sentence), Language.EN));
        return main == null ? null : main.type();
    }

    @Test
    void every_inflection_of_a_listed_verb_is_the_same_event_word() {
        assertThat(typeOf("Rebel units besieged the garrison for a week.")).isEqualTo(EventType.BATTLE);
        assertThat(typeOf("The fighters are besieging the garrison.")).isEqualTo(EventType.BATTLE);
        assertThat(typeOf("The outpost was overrun at dawn.")).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(typeOf("Militia fighters overran two checkpoints.")).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(typeOf("Soldiers retaking the hill met little resistance.")).isEqualTo(EventType.TERRITORY_CHANGE);
    }

    @Test
    void a_phrase_with_a_gap_takes_the_words_between_its_parts() {
        assertThat(typeOf("Marines pushed the enemy platoons out of the valley.")).isEqualTo(EventType.TERRITORY_CHANGE);
    }

    @Test
    void repulsing_an_attack_is_a_battle_whose_subject_was_attacked() {
        List<EventCues.Cue> cues = EventCues.find(TextFold.fold("The garrison repulsed the raiders overnight."), Language.EN);
        assertThat(cues).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(EventType.BATTLE);
            assertThat(c.defensive()).isTrue();
        });
    }

    @Test
    void a_verb_of_striking_takes_the_weapon_the_sentence_names() {
        assertThat(typeOf("Shells struck the market square twice.")).isEqualTo(EventType.SHELLING);
        assertThat(typeOf("Enemy howitzers and mortar fire pounded the outskirts.")).isEqualTo(EventType.SHELLING);
        assertThat(typeOf("A cruise missile struck the depot.")).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void a_verb_of_striking_with_no_weapon_named_is_from_the_air_only_when_nothing_else_types_the_sentence() {
        assertThat(typeOf("Enemy forces struck near the river crossing.")).isEqualTo(EventType.AIR_STRIKE);
        assertThat(typeOf("Fighters stormed the post and struck its guards.")).isEqualTo(EventType.BATTLE);
    }

    @Test
    void a_weight_of_a_bomb_is_no_pounding() {
        assertThat(typeOf("Officials counted a 500-pound crater in the field.")).isNull();
    }

    @Test
    void a_negated_or_future_verb_is_no_event() {
        assertThat(typeOf("The rebels did not overrun the base.")).isNull();
        assertThat(typeOf("Commanders said they would besiege the town.")).isNull();
    }

    @Test
    void a_projectile_with_the_verb_that_fires_or_lands_it_is_a_strike_of_its_weapon() {
        assertThat(typeOf("Militants fired a volley of rockets at the airfield.")).isEqualTo(EventType.MISSILE_STRIKE);
        assertThat(typeOf("A rocket slammed into the bus depot.")).isEqualTo(EventType.MISSILE_STRIKE);
        assertThat(typeOf("Two mortar rounds landed near the clinic.")).isEqualTo(EventType.SHELLING);
        assertThat(typeOf("Enemy artillery hit the bridge again.")).isEqualTo(EventType.SHELLING);
    }
}
