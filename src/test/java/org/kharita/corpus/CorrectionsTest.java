package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.geo.Place;
import org.kharita.geo.PlaceResolver;
import org.kharita.geo.Resolution;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

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
        Corrections afterRestart = new Corrections(reopened, new EventIndex(reopened),
                new DataSourceTransactionManager(reopened), TestDatabase.CLOCK);
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
}
