package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an event happened when the report names it by a direction, an axis or a container: texts written for the test,
 * in the shapes issue #12 found in real reports.
 */
class EventPlacesOnRealReportsTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 23);

    private static List<Event> events(String text, Language language, TestMentions t) {
        return new RuleEventExtractor().extract(text, language, PUBLISHED, t.sentences(), t.mentions());
    }

    private static String placeOf(Event e, TestMentions t) {
        return t.mentions().get(e.places().get(0)).resolution().place().id();
    }

    /** The text, naming the settlement {@code surface} once, yields one event there, near it. */
    private static void oneEventNearSettlement(String text, Language language, String surface) {
        oneEventNear(text, language, new TestMentions(text).literal(surface, 0, TestMentions.settlement(surface, "XX", "X")), surface);
    }

    /** The text yields one event, at {@code placeId}, near it (ACLED precision 2). */
    private static void oneEventNear(String text, Language language, TestMentions t, String placeId) {
        assertThat(events(text, language, t)).singleElement().satisfies(e -> {
            assertThat(placeOf(e, t)).isEqualTo(placeId);
            assertThat(e.locationPrecision()).isEqualTo(2);
        });
    }

    @Test
    void a_place_the_cue_reaches_through_a_compass_direction_is_where_it_happened_near_it_and_only_once() {
        oneEventNearSettlement("Russian troops advanced north of Pokrovsk on Friday.", Language.EN, "Pokrovsk");
        // the cue's object may stand between the cue and the direction
        oneEventNearSettlement("وقال الجيش إن قواته هاجمت مواقع جنوب خان يونس.", Language.AR, "خان يونس");
        oneEventNearSettlement("Бои идут севернее Торецка.", Language.RU, "Торецка");
        oneEventNearSettlement("Ворог просунувся на північ від Ямполівки.", Language.UK, "Ямполівки");
    }

    @Test
    void a_direction_that_locates_another_place_named_before_it_is_no_place_of_the_event() {
        String text = "An Israeli airstrike hit Maaysra, a village in a mostly Christian area north of Beirut.";
        TestMentions t = new TestMentions(text).literal("Beirut", 0, TestMentions.capital("beirut", "LB"));
        // the village the strike hit, and the capital that only says where that village lies
        t.literal("Maaysra", 0, TestMentions.settlement("maaysra", "LB", "Keserwan"));
        List<Event> events = events(text, Language.EN, t);
        assertThat(events).extracting(e -> placeOf(e, t)).containsExactly("maaysra");
    }

    @Test
    void a_direction_far_from_any_cue_stays_a_reference_point() {
        String text = "Shelling was reported overnight by residents of a small farming community some way north of Beirut.";
        TestMentions t = new TestMentions(text).literal("Beirut", 0, TestMentions.capital("beirut", "LB"));
        assertThat(events(text, Language.EN, t)).allSatisfy(e -> assertThat(e.places()).isEmpty());
    }

    @Test
    void a_direction_place_beside_its_region_takes_the_event_from_the_region() {
        String text = "Fighting continued south of Kupiansk in Kharkiv Oblast.";
        TestMentions t = new TestMentions(text)
                .literal("Kupiansk", 0, TestMentions.settlement("kupiansk", "UA", "Kharkiv Oblast"))
                .literal("Kharkiv Oblast", 0, TestMentions.region("Kharkiv Oblast", "UA"));
        oneEventNear(text, Language.EN, t, "kupiansk");
    }

    @Test
    void a_distance_from_a_place_is_never_where_it_happened() {
        String text = "Shelling hit positions 10 km from Korenevo.";
        TestMentions t = new TestMentions(text).literal("Korenevo", 0, TestMentions.settlement("korenevo", "RU", "Kursk"));
        assertThat(events(text, Language.EN, t)).allSatisfy(e -> assertThat(e.places()).isEmpty());
    }

    @Test
    void a_front_named_after_a_town_is_near_that_town() {
        String text = "Генштаб повідомив, що на Покровському напрямку ворог провів 37 атак.";
        TestMentions t = new TestMentions(text).literal("Покровському", 0, TestMentions.settlement("pokrovsk", "UA", "Donetsk"));
        assertThat(events(text, Language.UK, t)).singleElement().satisfies(e -> assertThat(e.locationPrecision()).isEqualTo(2));
    }

    @Test
    void a_town_named_after_an_arabic_district_noun_is_the_container_and_the_village_beside_it_takes_the_event() {
        String text = "وشنت الطائرات غارة على بلدة الصفصاف في قضاء الوادي الأخضر.";
        TestMentions t = new TestMentions(text)
                .literal("الصفصاف", 0, TestMentions.settlement("village", "XX", "X"))
                .literal("الوادي الأخضر", 0, TestMentions.settlement("district-town", "XX", "X"));
        assertThat(events(text, Language.AR, t)).singleElement().satisfies(e -> assertThat(placeOf(e, t)).isEqualTo("village"));
    }

    @Test
    void an_arabic_direction_joined_by_and_to_a_shelled_village_is_another_target_of_the_same_cue() {
        String text = "وقصفت المدفعية أطراف بلدة الصفصاف وشمال بلدة الرمانة.";
        TestMentions t = new TestMentions(text)
                .literal("الصفصاف", 0, TestMentions.settlement("first", "XX", "X"))
                .literal("الرمانة", 0, TestMentions.settlement("second", "XX", "X"));
        assertThat(events(text, Language.AR, t)).extracting(e -> placeOf(e, t)).containsExactly("first", "second");
    }

    @Test
    void a_strike_on_the_village_happened_at_the_village_the_paragraph_named_before() {
        String text = "Clashes broke out in Kherbet on Monday. Jets later bombed the village, residents said.";
        TestMentions t = new TestMentions(text).literal("Kherbet", 0, TestMentions.settlement("kherbet", "SY", "Homs"));
        assertThat(events(text, Language.EN, t)).extracting(Event::type, e -> placeOf(e, t))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.BATTLE, "kherbet"),
                        org.assertj.core.groups.Tuple.tuple(EventType.AIR_STRIKE, "kherbet"));
    }

    @Test
    void the_village_of_another_paragraph_is_no_antecedent() {
        String text = "Clashes broke out in Kherbet on Monday.\nJets later bombed the village, residents said.";
        TestMentions t = new TestMentions(text).literal("Kherbet", 0, TestMentions.settlement("kherbet", "SY", "Homs"));
        assertThat(events(text, Language.EN, t)).extracting(Event::type).containsExactly(EventType.BATTLE);
    }

    @Test
    void a_dateline_is_where_the_story_was_filed_not_where_it_happened() {
        String text = "ODESA, Ukraine (AP) — Drones attacked Izmail overnight, officials said.";
        TestMentions t = new TestMentions(text).literal("ODESA", 0, TestMentions.settlement("odesa", "UA", "Odesa Oblast"))
                .literal("Izmail", 0, TestMentions.settlement("izmail", "UA", "Odesa Oblast"));
        assertThat(events(text, Language.EN, t)).extracting(e -> placeOf(e, t)).containsExactly("izmail");
        String capitals = "KHARKIV - Shelling hit Kupiansk on Friday.";
        TestMentions c = new TestMentions(capitals).literal("KHARKIV", 0, TestMentions.settlement("kharkiv", "UA", "Kharkiv Oblast"))
                .literal("Kupiansk", 0, TestMentions.settlement("kupiansk", "UA", "Kharkiv Oblast"));
        assertThat(events(capitals, Language.EN, c)).extracting(e -> placeOf(e, c)).containsExactly("kupiansk");
    }

    @Test
    void a_bulletin_line_opening_with_a_front_and_a_dash_is_no_dateline() {
        String text = "Toretsk - attacks continued on Friday.";
        TestMentions t = new TestMentions(text).literal("Toretsk", 0, TestMentions.settlement("toretsk", "UA", "Donetsk Oblast"));
        assertThat(events(text, Language.EN, t)).extracting(e -> placeOf(e, t)).containsExactly("toretsk");
    }

    @Test
    void an_unplaced_province_beside_an_unplaced_town_is_its_container_not_a_second_event() {
        String text = "Gunmen attacked the town of Warkodi in Tenmaro province on Sunday.";
        TestMentions t = new TestMentions(text).literal("Warkodi", 0, null).literal("Tenmaro province", 0, null);
        assertThat(events(text, Language.EN, t)).singleElement()
                .satisfies(e -> assertThat(t.mentions().get(e.places().get(0)).text()).isEqualTo("Warkodi"));
    }
}
