package org.kharita.corpus;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes committed to the shared PostgreSQL database by any node (this one included), heard on a
 * connection of their own that LISTENs to the channel the V7 triggers NOTIFY. Each notification moves
 * {@link #generation()} and runs the registered reactions (the viewer's snapshot re-reads the table), so
 * a correction on one node reaches the others' maps within a second, and no node has to count the
 * table before every filter to find out. On H2, or while the listening connection is down, the
 * generation is unknown (-1) and readers must look at the table themselves.
 */
@Component
class StoreChanges implements SmartLifecycle {
    static final String CHANNEL = "kharita_changes";
    private static final Logger log = LoggerFactory.getLogger(StoreChanges.class);
    /** How long one wait for notifications blocks, so that stop() is seen this soon. */
    private static final int WAIT_MS = 500;
    private static final long RECONNECT_MS = 1000;

    private final DataSource dataSource;
    private final boolean postgres;
    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> reactions = new CopyOnWriteArrayList<>();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    @org.springframework.beans.factory.annotation.Autowired
    StoreChanges(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = Dialect.of(dataSource) == Dialect.POSTGRESQL;
    }

    private StoreChanges() {
        this.dataSource = null;
        this.postgres = false;
    }

    /** Nothing heard: readers of this store look at the table (H2, and tests that build the store by hand). */
    static StoreChanges none() {
        return new StoreChanges();
    }

    /** Moves with every change heard; -1 while changes are not heard, when only the table can tell. */
    long generation() {
        return listening ? generation.get() : -1;
    }

    /** Run on the listening thread after each change heard (and after a reconnection, when some may have been missed). */
    void onChange(Runnable reaction) {
        reactions.add(reaction);
    }

    /** Listening before the app is up: a write committed after start-up is heard. */
    @Override
    public synchronized void start() {
        if (!postgres || running) return;
        running = true;
        try {
            connect();
        } catch (SQLException e) {
            log.warn("not hearing other nodes' writes yet ({}); retrying", e.getMessage());
        }
        thread = new Thread(this::listen, "store-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        listening = false;
        if (thread != null) thread.interrupt();
        disconnect();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void connect() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        listening = true;
    }

    private void disconnect() {
        listening = false;
        Connection c = connection;
        connection = null;
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // a broken connection is dropped either way; the pool replaces it
        }
    }

    private void listen() {
        while (running) {
            try {
                if (connection == null) {
                    connect();
                    // changes committed while nobody listened are not replayed: everything counts as changed
                    changed();
                }
                PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (heard != null && heard.length > 0) changed();
            } catch (SQLException | RuntimeException e) {
                disconnect();
                if (!running) return;
                log.warn("not hearing other nodes' writes ({}); the viewer reads the table before each filter until the connection is back",
                        e.getMessage());
                try {
                    Thread.sleep(RECONNECT_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        disconnect();
    }

    private void changed() {
        generation.incrementAndGet();
        for (Runnable r : reactions) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("reacting to a change of the store failed", e);
            }
        }
    }
}
