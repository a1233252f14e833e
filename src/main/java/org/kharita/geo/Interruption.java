package org.kharita.geo;

import java.util.concurrent.CancellationException;

/**
 * The engine's loops look here once per sentence or name: an analysis whose caller stopped waiting (the
 * ingest time budget cancels it with an interrupt) ends at the next step instead of holding its thread
 * until the article is read to the end.
 */
public final class Interruption {
    private Interruption() {
    }

    /** @throws CancellationException when this thread was interrupted; the flag is cleared, as after any handled interrupt */
    public static void check() {
        if (Thread.interrupted()) throw new CancellationException("the analysis was stopped");
    }
}
