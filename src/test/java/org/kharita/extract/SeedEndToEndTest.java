package org.kharita.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.Event.Qualifier;
import org.kharita.geo.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed through the whole default engine: the lead's geoparser feeding the rule-based event extractor. */
class SeedEndToEndTest {
    static Analysis analysis;

    @BeforeAll
    static void run() throws IOException {
        assumeTrue(Files.exists(SeedEventsTest.SEED), "seed article not found: skipping");
        String text = Files.readString(SeedEventsTest.SEED, StandardCharsets.UTF_8);
        analysis = Engines.createDefault().analyze(text, Language.AR, SeedEventsTest.PUBLISHED);
    }

    static List<Event> ofType(EventType type) {
        return analysis.events().stream().filter(e -> e.type() == type).toList();
    }

    static List<String> placeNames(Event e) {
        return e.places().stream().map(i -> analysis.mentions().get(i).resolution().place().name()).distinct().toList();
    }

    @Test
    void ratification_on_the_publication_day() {
        assertThat(ofType(EventType.RATIFICATION)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(SeedEventsTest.PUBLISHED);
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void treaty_signed_in_pyongyang_in_june_2024() {
        assertThat(ofType(EventType.AGREEMENT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(placeNames(e)).singleElement().asString().containsIgnoringCase("pyongyang");
        });
    }

    @Test
    void troops_arrive_in_october_claimed_by_kirby_via_alhurra() {
        assertThat(ofType(EventType.TROOP_DEPLOYMENT)).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 10, 1));
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(e.claimedBy()).isEqualTo("John Kirby / White House");
            assertThat(e.reportedVia()).isEqualTo("Alhurra");
        });
    }

    @Test
    void ministry_claims_fighting_at_the_villages_on_wednesday_via_sputnik_with_its_counts() {
        List<Event> battles = ofType(EventType.BATTLE).stream().filter(e -> LocalDate.of(2024, 10, 23).equals(e.date())).toList();
        // one event per village the geoparser resolved in the ministry's list (a country named in the same
        // sentence is a party, not where the fighting was)
        Sentence list = analysis.sentences().get(14);
        for (int i = 0; i < analysis.mentions().size(); i++) {
            Mention m = analysis.mentions().get(i);
            if (!list.contains(m.start()) || !m.literal() || !m.resolved() || !m.resolution().place().isSettlement()) continue;
            int index = i;
            assertThat(battles).as("battle at " + m.text()).anyMatch(e -> e.places().contains(index));
        }
        assertThat(battles).isNotEmpty();
        assertThat(battles).allSatisfy(e -> {
            assertThat(e.claimedBy()).isEqualTo("Russian Ministry of Defence");
            assertThat(e.reportedVia()).isEqualTo("Sputnik");
        });
        assertThat(battles.stream().map(Event::group).distinct()).hasSize(1);
        assertThat(battles).anyMatch(e -> hasCount(e, "killed", 40, Qualifier.ABOUT));
        assertThat(battles).anyMatch(e -> hasCount(e, "killed_or_wounded", 280, Qualifier.AT_LEAST));
    }

    static boolean hasCount(Event e, String category, long value, Qualifier q) {
        Event.Count c = e.counts().get(category);
        return c != null && c.value() == value && c.qualifier() == q;
    }

    @Test
    void the_2022_attack_is_never_dated_2024() {
        assertThat(analysis.events()).noneMatch(e -> e.sentence().equals(analysis.sentences().get(5)) && e.date() != null && e.date().getYear() != 2022);
    }
}
