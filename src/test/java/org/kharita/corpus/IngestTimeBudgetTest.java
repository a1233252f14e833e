package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.BadInputException;
import org.kharita.extract.IcuSentenceSplitter;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestTimeBudgetTest {
    @Test
    void an_article_the_engine_cannot_read_within_the_budget_is_refused_with_a_message_and_not_stored(@TempDir Path dir)
            throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ArticleAnalyzer stuck = new ArticleAnalyzer(new IcuSentenceSplitter(), (text, language, sentences) -> {
            try {
                never.await(1, TimeUnit.MINUTES); // an engine that does not finish in time (interrupted on refusal)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, (text, language, publishedAt, sentences, mentions) -> List.of());
        DataSource ds = TestDatabase.open(dir);
        IngestService ingest = TestDatabase.ingest(ds, stuck);
        ingest.setTimeBudget(Duration.ofMillis(300));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ingest.ingest(IngestRequest.of("A slow one\nTroops fought near Plekhovo.", LocalDate.of(2024, 8, 14))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("took longer than 300 ms to read, the limit per article; nothing was stored");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        // within the budget, the same service stores articles as before
        IngestService quick = TestDatabase.ingest(ds, FakeEngine.analyzer());
        assertThat(quick.ingest(IngestRequest.of("A quick one\nTroops fought near Plekhovo.", LocalDate.of(2024, 8, 14)))
                .duplicate()).isFalse();
    }
}
