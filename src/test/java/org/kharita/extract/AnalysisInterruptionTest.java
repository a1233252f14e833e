package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ingest time budget cancels an analysis by interrupting its thread; the engine must end there
 * instead of reading the rest of the article on a thread nobody waits for.
 */
class AnalysisInterruptionTest {
    private static final String REPORT = "Shelling near Kupiansk and Izium.\nTroops fought near Plekhovo and Sudzha on Monday.\n";

    @Test
    void an_interrupted_analysis_ends_with_a_cancellation_instead_of_reading_on() {
        ArticleAnalyzer engine = GeoParserBehaviourTest.ENGINE;
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> engine.analyze(REPORT.repeat(200), Language.EN, LocalDate.of(2024, 10, 24)))
                .isInstanceOf(CancellationException.class);
        assertThat(Thread.currentThread().isInterrupted()).as("the flag is consumed by the cancellation").isFalse();
    }

    @Test
    void the_same_article_is_read_whole_when_nobody_interrupts() {
        Analysis a = GeoParserBehaviourTest.ENGINE.analyze(REPORT.repeat(200), Language.EN, LocalDate.of(2024, 10, 24));
        assertThat(a.mentions()).hasSizeGreaterThanOrEqualTo(800);
    }

    @Test
    void a_resolver_interrupted_between_names_stops_at_the_next_name() {
        java.util.concurrent.atomic.AtomicInteger looked = new java.util.concurrent.atomic.AtomicInteger();
        // the analyst-alias lookup runs once per name: the first one raises the flag, as a cancel arriving then would
        ArticleAnalyzer engine = Engines.create(org.kharita.geo.index.DefaultGazetteer.load(), name -> {
            if (looked.incrementAndGet() == 1) Thread.currentThread().interrupt();
            return null;
        });
        assertThatThrownBy(() -> engine.analyze(REPORT.repeat(50), Language.EN, null)).isInstanceOf(CancellationException.class);
        assertThat(looked.get()).as("names looked at before stopping, of 200+").isEqualTo(1);
    }
}
