package org.kharita.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kharita.extract.Event.Count;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.Event.Qualifier;
import org.kharita.geo.Language;
import org.kharita.geo.Place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kharita.extract.TestMentions.*;

/**
 * The seed article (../shared/seed, published Thursday 2024-10-24) with the mentions a correct geoparser
 * gives it, hand-built here so that this test measures the event layer alone.
 */
class SeedEventsTest {
    static final Path SEED = Path.of("../shared/seed/000_e3bea8786fe56450.txt");
    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);

    static String text;
    static TestMentions built;
    static List<Event> events;

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.exists(SEED), "seed article not found at " + SEED.toAbsolutePath() + ": skipping");
        text = Files.readString(SEED, StandardCharsets.UTF_8);
        built = seedMentions(text);
        events = new RuleEventExtractor().extract(text, Language.AR, PUBLISHED, built.sentences(), built.mentions());
    }

    /** Literal and metonymic readings as the truth file and the seed README describe them. */
    static TestMentions seedMentions(String text) {
        Place russia = country("RU", "RU"), ukraine = country("UA", "UA"), nk = country("KP", "KP");
        Place kursk = region("Kursk Oblast", "RU");
        TestMentions t = new TestMentions(text)
                .metonym("روسيا", 0, russia).literal("روسيا", 1, russia).metonym("روسيا", 2, russia).metonym("روسيا", 3, russia)
                .metonym("روسيا", 4, russia).metonym("روسيا", 5, russia).literal("روسيا", 6, russia).metonym("روسيا", 7, russia)
                .metonym("روسيا", 8, russia)
                .literal("بيونج يانج", 0, capital("Pyongyang", "KP")).metonym("بيونج يانج", 1, capital("Pyongyang", "KP"))
                .metonym("موسكو", 0, capital("Moscow", "RU"))
                .literal("أوكرانيا", 0, ukraine).literal("أوكرانيا", 1, ukraine).literal("أوكرانيا", 2, ukraine)
                .literal("واشنطن", 0, capital("Washington", "US"))
                .metonym("كوريا الشمالية", 0, nk)
                .literal("كورسك", 0, kursk).literal("كورسك", 1, kursk)
                .metonym("كييف", 0, capital("Kyiv", "UA"));
        for (String village : List.of("دارينو", "زيليني شلياخ", "نيجني كلين", "نوفويفانوفكا", "بليخوفو", "سفيردليكوفو", "بوكروفسكي")) {
            t.everywhere(village, settlement(village, "RU", "Kursk Oblast"));
        }
        return t;
    }

    static List<Event> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    static List<String> placeNames(Event e) {
        return e.places().stream().map(i -> built.mentions().get(i).resolution().place().id()).distinct().toList();
    }

    @Test
    void the_duma_ratifies_the_treaty_on_the_publication_day() {
        List<Event> r = ofType(EventType.RATIFICATION);
        assertThat(r).hasSize(1);
        Event e = r.get(0);
        assertThat(e.date()).isEqualTo(PUBLISHED);
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(placeNames(e)).containsExactly("RU");
        assertThat(e.locationPrecision()).isEqualTo(4);
        assertThat(e.actors()).extracting(Event.Actor::name).contains("Russia", "North Korea");
    }

    @Test
    void the_treaty_was_signed_in_pyongyang_last_june() {
        List<Event> a = ofType(EventType.AGREEMENT);
        assertThat(a).hasSize(1);
        assertThat(a.get(0).date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(a.get(0).datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(placeNames(a.get(0))).containsExactly("Pyongyang");
        assertThat(a.get(0).locationPrecision()).isEqualTo(1);
    }

    @Test
    void north_korean_troops_arrive_in_russia_this_october_by_kirbys_account_via_alhurra() {
        List<Event> d = ofType(EventType.TROOP_DEPLOYMENT);
        assertThat(d).hasSize(1);
        Event e = d.get(0);
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(placeNames(e)).containsExactly("RU");
        assertThat(e.claimedBy()).isEqualTo("John Kirby / White House");
        assertThat(e.reportedVia()).isEqualTo("Alhurra");
        assertThat(e.counts().get("soldiers").value()).isEqualTo(3000);
        assertThat(e.actors()).extracting(Event.Actor::name).contains("North Korea");
    }

    @Test
    void the_ministry_reports_fighting_at_each_kursk_village_on_wednesday_via_sputnik() {
        List<Event> battles = ofType(EventType.BATTLE).stream().filter(e -> LocalDate.of(2024, 10, 23).equals(e.date())).toList();
        assertThat(battles.stream().flatMap(e -> placeNames(e).stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Kursk Oblast", "دارينو", "زيليني شلياخ", "نيجني كلين", "نوفويفانوفكا", "بليخوفو",
                        "سفيردليكوفو", "بوكروفسكي");
        assertThat(battles).allSatisfy(e -> {
            assertThat(e.claimedBy()).isEqualTo("Russian Ministry of Defence");
            assertThat(e.reportedVia()).isEqualTo("Sputnik");
            assertThat(e.places()).hasSize(placeNames(e).size() == 1 ? e.places().size() : -1);
        });
        assertThat(battles.stream().map(Event::group).distinct()).hasSize(1);
        Event oblast = battles.stream().filter(e -> placeNames(e).contains("Kursk Oblast")).findFirst().orElseThrow();
        assertThat(oblast.locationPrecision()).isEqualTo(3);
        Event pokrovsky = battles.stream().filter(e -> placeNames(e).contains("بوكروفسكي")).findFirst().orElseThrow();
        assertThat(pokrovsky.locationPrecision()).isEqualTo(2);
        Event darino = battles.stream().filter(e -> placeNames(e).contains("دارينو")).findFirst().orElseThrow();
        assertThat(darino.locationPrecision()).isEqualTo(1);
    }

    @Test
    void the_days_counts_are_kept_with_their_qualifiers() {
        Map<String, Count> c = ofType(EventType.BATTLE).stream().filter(e -> e.counts().containsKey("killed"))
                .findFirst().orElseThrow().counts();
        assertThat(c.get("killed")).extracting(Count::value, Count::qualifier).containsExactly(40L, Qualifier.ABOUT);
        assertThat(c.get("tanks").value()).isEqualTo(1);
        assertThat(c.get("infantry_fighting_vehicles").value()).isEqualTo(3);
        assertThat(c.get("surrendered").value()).isEqualTo(3);
        assertThat(text).contains(c.get("killed").phrase());
    }

    @Test
    void the_overall_losses_go_to_the_oblast_event_of_the_same_statement() {
        Event oblast = ofType(EventType.BATTLE).stream().filter(e -> placeNames(e).contains("Kursk Oblast")).findFirst().orElseThrow();
        Map<String, Count> c = oblast.counts();
        assertThat(c.get("killed_or_wounded")).extracting(Count::value, Count::qualifier).containsExactly(280L, Qualifier.AT_LEAST);
        assertThat(c.get("armoured_vehicles").value()).isEqualTo(13);
        assertThat(c.get("tanks").value()).isEqualTo(3);
        assertThat(c.get("infantry_fighting_vehicles").value()).isEqualTo(3);
        assertThat(c.get("artillery").value()).isEqualTo(3);
        assertThat(c.get("vehicles").value()).isEqualTo(6);
        assertThat(c.get("ew_stations").value()).isEqualTo(1);
        assertThat(c.get("boats").value()).isEqualTo(4);
    }

    @Test
    void the_2022_attack_is_dated_by_its_year_and_never_2024() {
        assertThat(events).noneMatch(e -> e.date() != null && e.date().getYear() == 2022 && e.datePrecision() != DatePrecision.YEAR);
        events.stream().filter(e -> e.date() != null && e.date().getYear() == 2022).forEach(e -> {
            assertThat(placeNames(e)).containsExactly("UA");
            assertThat(e.actors()).contains(new Event.Actor("Russia", Event.Role.ATTACKER), new Event.Actor("Ukraine", Event.Role.TARGET));
        });
        assertThat(ofType(EventType.BATTLE)).noneMatch(e -> placeNames(e).contains("UA") && e.date() != null && e.date().getYear() == 2024);
    }

    @Test
    void kyivs_forces_washington_and_the_headlines_are_no_events() {
        assertThat(events).noneMatch(e -> placeNames(e).contains("Kyiv") || placeNames(e).contains("Washington"));
        List<Sentence> s = built.sentences();
        assertThat(events).noneMatch(e -> RuleEventExtractor.isHeadline(text, e.sentence()));
        assertThat(events).allMatch(e -> s.contains(e.sentence()));
    }

    @Test
    void without_a_publication_date_relative_dates_stay_open_with_the_reason() {
        List<Event> open = new RuleEventExtractor().extract(text, Language.AR, null, built.sentences(), built.mentions());
        assertThat(open).filteredOn(e -> e.type() == EventType.RATIFICATION).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.dateNote()).contains("publication date");
        });
        assertThat(open).filteredOn(e -> e.type() == EventType.BATTLE && e.date() != null).allMatch(e -> e.date().getYear() == 2022);
    }
}
