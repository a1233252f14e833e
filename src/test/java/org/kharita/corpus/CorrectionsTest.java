package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.geo.Place;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.Resolution;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTest {
    static final String ARTICLE = "Report\nTroops fought near Plekhovo today.";

    @TempDir
    Path dataDir;

    @Test
    void a_correction_moves_the_events_is_recorded_and_is_the_resolvers_alias_after_a_restart() {
        TestCorpus c = TestCorpus.open(dataDir, FakeEngine.analyzer());
        long id = c.ingest().ingest(IngestRequest.of(ARTICLE, LocalDate.of(2024, 8, 14))).articleId();
        int plekhovo = c.corpus().article(id).orElseThrow().mentions().stream().map(m -> m.text()).toList().indexOf("Plekhovo");
        EventRow before = c.corpus().events(EventFilter.NONE, 0, 10).get(0);
        assertThat(before.lat()).isEqualTo(51.1031);

        Place other = Corrections.pin("Plekhovo", 51.2, 35.4);
        c.corrections().correct(id, plekhovo, other, "alice");

        EventRow after = c.corpus().events(EventFilter.NONE, 0, 10).get(0);
        assertThat(after.lat()).isEqualTo(51.2);
        assertThat(after.lon()).isEqualTo(35.4);
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(c.corpus().article(id).orElseThrow().mentions().get(plekhovo).resolution().explanation())
                .contains("corrected by alice");

        DataSource reopened = TestDatabase.open(dataDir);
        Corrections afterRestart = TestDatabase.corrections(reopened);
        var history = afterRestart.history(id);
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.analyst()).isEqualTo("alice");
            assertThat(h.oldPlace()).isEqualTo("Plekhovo");
            assertThat(h.newLat()).isEqualTo(51.2);
            assertThat(h.at()).isEqualTo(TestDatabase.CLOCK.instant());
        });
        // A later article naming Plekhovo: the resolver takes the correction over any candidate.
        List<Resolution> later = new PlaceResolver(afterRestart).resolve(List.of(
                new PlaceResolver.Query("plekhovo", List.of(), false, false)));
        assertThat(later.get(0).place().lat()).isEqualTo(51.2);
        assertThat(later.get(0).explanation()).contains("analyst correction");
        assertThat(afterRestart.lookup("Sverdlikovo")).isNull();
    }

    @Test
    void a_dropped_pin_takes_the_country_and_region_it_is_in_and_the_region_filters_see_it() {
        TestCorpus c = TestCorpus.open(dataDir, FakeEngine.analyzer());
        long id = c.ingest().ingest(IngestRequest.of(ARTICLE, LocalDate.of(2024, 8, 14))).articleId();
        int plekhovo = c.corpus().article(id).orElseThrow().mentions().stream().map(m -> m.text()).toList().indexOf("Plekhovo");
        EventFilter.PlaceChoice kursk = region(c, "Kursk");
        assertThat(c.corpus().count(EventFilter.NONE.withPlace(kursk))).isEqualTo(1);

        // Just west of Sumy (50.91 N, 34.80 E), across the border from where the engine put it.
        Corrections.Pin pin = c.corrections().pinAt("Plekhovo", 50.93, 34.72);
        c.corrections().correct(id, plekhovo, pin, "alice");

        EventRow after = c.corpus().events(EventFilter.NONE, 0, 10).get(0);
        assertThat(after.lat()).isEqualTo(50.93);
        assertThat(after.country()).isEqualTo("UA");
        assertThat(after.admin1()).startsWith("Sumy");
        assertThat(c.corpus().count(EventFilter.NONE.withPlace(kursk))).isZero();
        assertThat(c.corpus().count(EventFilter.NONE.withPlace(region(c, "Sumy")))).isEqualTo(1);
        assertThat(c.corpus().article(id).orElseThrow().mentions().get(plekhovo).resolution().explanation())
                .contains("corrected by alice").contains("region inferred near " + pin.near().orElseThrow().place().name());
        // The alias a later article gets carries the region too.
        assertThat(c.corrections().lookup("Plekhovo").admin1()).isEqualTo(after.admin1());
    }

    @Test
    void a_pin_far_from_any_settlement_says_its_region_is_unknown() {
        Corrections.Pin pin = TestCorpus.open(dataDir, FakeEngine.analyzer()).corrections().pinAt("Somewhere", 30.0, -40.0);
        assertThat(pin.place().country()).isNull();
        assertThat(pin.note()).contains("unknown");
    }

    private static EventFilter.PlaceChoice region(TestCorpus c, String prefix) {
        return c.corpus().places(prefix, 10).stream().filter(EventFilter.PlaceChoice::region).findFirst().orElseThrow();
    }
}
