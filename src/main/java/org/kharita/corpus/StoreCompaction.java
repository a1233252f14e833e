package org.kharita.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Keeps an embedded H2 file near the size of its data while a big import writes. H2's MVStore never
 * overwrites a page: every commit writes the pages it changed into a new chunk of the file, and a chunk's
 * space is reused only once none of its pages is live and it is older than the retention time (45 s). A
 * dataset's rows land at random places in six indexes, so each chunk of rows leaves old chunks mostly, not
 * wholly, dead, and the file grew to 20-50 times its data (ImportGrowthBench) and stayed so after close.
 * H2 rewrites sparse chunks by itself only when idle, which an import never is. So during an import this
 * asks for it after each chunk of rows, with a short retention (the file is shortened when H2 closes it).
 *
 * <p>There is no SQL for any of it, so it reaches the store through H2's engine classes, and does nothing on
 * another database (PostgreSQL vacuums by itself) or an H2 whose engine classes changed.
 */
final class StoreCompaction {
    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);
    /** Chunks less full than this are rewritten (H2's own target when idle). */
    static final int TARGET_FILL_RATE = 90;
    /** At most this much live data moved per chunk of rows, about what the chunk itself wrote. */
    static final int MOVE_BYTES = 64 << 20;
    /**
     * Freed chunks are reused after this long rather than 45 s during an import. H2 keeps them for a while in
     * case the operating system has not yet written their replacements to the disk; Linux's ext4 commits its
     * journal every 5 s, so a power cut loses no more than without it.
     */
    static final int IMPORT_RETENTION_MS = 5_000;
    private static final AtomicInteger running = new AtomicInteger();
    private static volatile int retentionBefore = -1;
    private static volatile boolean unavailable;

    private StoreCompaction() {
    }

    static void importStarts(DataSource dataSource) {
        if (running.getAndIncrement() == 0) {
            withStore(dataSource, s -> {
                retentionBefore = s.getRetentionTime();
                s.setRetentionTime(IMPORT_RETENTION_MS);
            });
        }
    }

    /** Rewrites the live pages of sparse chunks so that their space is reused. */
    static void afterChunk(DataSource dataSource) {
        withStore(dataSource, s -> s.compact(TARGET_FILL_RATE, MOVE_BYTES));
    }

    /**
     * Puts H2's retention back. It does not move chunks to the front to shorten the file (MVStore.compactFile):
     * run beside other sessions' writes, that move failed an H2 assertion and closed the database (seen once in
     * DiskFullImportTest under load); H2 shortens the file itself when the database closes.
     */
    static void importEnds(DataSource dataSource) {
        if (running.decrementAndGet() == 0) {
            withStore(dataSource, s -> {
                if (retentionBefore >= 0) s.setRetentionTime(retentionBefore);
            });
        }
    }

    private static void withStore(DataSource dataSource, Consumer<org.h2.mvstore.MVStore> action) {
        if (unavailable) return;
        try (Connection c = dataSource.getConnection()) {
            if (!c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) return;
            org.h2.engine.Session session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            if (!(session instanceof org.h2.engine.SessionLocal local) || local.getDatabase().getStore() == null) return;
            action.accept(local.getDatabase().getStore().getMvStore());
        } catch (SQLException | RuntimeException | LinkageError e) {
            // an in-memory or remote database, or an H2 whose engine changed: imports go on without it
            unavailable = true;
            log.info("H2's file is not compacted during imports here ({})", e.toString());
        }
    }
}
