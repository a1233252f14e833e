package org.kharita.geo;

import java.io.IOException;
import java.util.function.Consumer;

/** Streams gazetteer records one at a time, so a 12-million-row dump never sits in memory whole. */
public interface GazetteerSource {
    void forEach(Consumer<GazetteerRecord> sink) throws IOException;
}
