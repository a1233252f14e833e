package org.kharita.corpus;

import org.kharita.extract.Event;

/** An event as the engine produced it, with the corpus-wide id the map and timeline use for it. */
public record StoredEvent(long id, Event event) {
}
