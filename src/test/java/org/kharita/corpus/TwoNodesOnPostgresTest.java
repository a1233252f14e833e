package org.kharita.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.Application;
import org.kharita.geo.BBox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL database, as behind a load balancer: what an analyst writes on one
 * reaches the other's in-memory snapshot by the database's notification, with no user of the other
 * node asking for anything (its snapshot is looked at as held, never refreshed by the test).
 */
class TwoNodesOnPostgresTest {
    /** The goal is a second; the bound leaves room for a machine shared by several builds. */
    static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    static Path dir;
    static ConfigurableApplicationContext first, second;

    @BeforeAll
    static void startTwoNodes() {
        String url = PostgresTestDatabase.createDatabase("two-nodes");
        // one after the other: the first migrates the empty database and ingests the demo articles
        first = node(url, "first", true);
        second = node(url, "second", false);
    }

    @AfterAll
    static void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
        PostgresTestDatabase.dropCreated();
    }

    static ConfigurableApplicationContext node(String url, String name, boolean demo) {
        // as command-line arguments: builder properties are defaults, below application.properties
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--server.port=0",
                "--kharita.data-dir=" + dir.resolve(name),
                "--kharita.demo.enabled=" + demo,
                "--kharita.map.tile-url=",
                "--vaadin.launch-browser=false");
    }

    @Test
    void a_correction_on_one_node_reaches_the_other_nodes_snapshot_by_notification() {
        Corpus onFirst = first.getBean(Corpus.class);
        EventIndex secondIndex = second.getBean(EventIndex.class);
        assertThat(second.getBean(StoreChanges.class).generation()).as("the second node listens").isGreaterThanOrEqualTo(0);
        EventRow report = onFirst.events(EventFilter.NONE, 0, 1).get(0);
        // The second node may still be fusing what it found at start-up (its reports counted one by one until
        // then: 18 against the first node's 8 fused events in one clean-clone run): both agree before the correction.
        waitFor(() -> secondIndex.snapshot().count(EventFilter.NONE) == onFirst.count(EventFilter.NONE), System.nanoTime(),
                Duration.ofSeconds(60));
        assertThat(secondIndex.snapshot().count(EventFilter.NONE)).as("the demo articles the first node ingested")
                .isEqualTo(onFirst.count(EventFilter.NONE)).isPositive();

        // a pin in the Atlantic, where nothing else is: the moved report is the only event in this box
        BBox aroundPin = new BBox(29.9, -40.1, 30.1, -39.9);
        assertThat(secondIndex.held().count(EventFilter.NONE.withArea(aroundPin))).isZero();
        long start = System.nanoTime();
        first.getBean(Corrections.class).correct(report.articleId(), report.mentionIndex(),
                Corrections.pin("Somewhere", 30.0, -40.0), "tester");

        long ms = waitFor(() -> secondIndex.held().count(EventFilter.NONE.withArea(aroundPin)) > 0, start);
        System.out.printf("correction on the first node in the second node's snapshot after %d ms%n", ms);
        assertThat(secondIndex.held().count(EventFilter.NONE))
                .as("the same events, one moved").isEqualTo(onFirst.count(EventFilter.NONE));
    }

    /** Polls until the condition holds, failing after {@link #BOUND}; the milliseconds since start. */
    private static long waitFor(BooleanSupplier condition, long start) {
        return waitFor(condition, start, BOUND);
    }

    private static long waitFor(BooleanSupplier condition, long start, Duration bound) {
        long deadline = start + bound.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("reached the other node within " + bound).isLessThan(deadline);
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
