package org.kharita.geo.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The gazetteer built into the jar at build time from geodata/ (see BuildDefaultIndex). */
public final class DefaultGazetteer {
    public static final String RESOURCE = "/gazetteer/default.idx";
    private static volatile NameIndex instance;

    private DefaultGazetteer() {
    }

    /** Loaded once per JVM: the CLI, the web app and the tests all share it. */
    public static NameIndex load() {
        NameIndex i = instance;
        if (i != null) return i;
        synchronized (DefaultGazetteer.class) {
            if (instance == null) {
                try (InputStream in = DefaultGazetteer.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("the default gazetteer " + RESOURCE
                                + " is not on the classpath: build with `mvn package` (it runs geodata's index step)");
                    }
                    instance = NameIndex.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }
}
