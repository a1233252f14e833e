package org.kharita.geo.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the geodata/ files live: a checkout's directory (development, tests, a user's own copy) or
 * the classpath resource root {@code geodata/} (the packaged default). Paths are relative to that root,
 * e.g. {@code theatre/settlements.tsv}.
 */
public final class GeodataFiles {
    private final Path dir;

    private GeodataFiles(Path dir) {
        this.dir = dir;
    }

    public static GeodataFiles directory(Path dir) {
        return new GeodataFiles(dir);
    }

    public static GeodataFiles classpath() {
        return new GeodataFiles(null);
    }

    /** The geodata/ directory of the working tree when it is there, else the classpath. */
    public static GeodataFiles defaults() {
        Path local = Path.of("geodata");
        return Files.isDirectory(local.resolve("theatre")) ? directory(local) : classpath();
    }

    public boolean exists(String relative) {
        if (dir != null) return Files.isRegularFile(dir.resolve(relative));
        return GeodataFiles.class.getClassLoader().getResource("geodata/" + relative) != null;
    }

    public InputStream open(String relative) throws IOException {
        if (dir != null) return Files.newInputStream(dir.resolve(relative));
        InputStream in = GeodataFiles.class.getClassLoader().getResourceAsStream("geodata/" + relative);
        if (in == null) throw new IOException("no classpath resource geodata/" + relative);
        return in;
    }

    /** For the GeoNames reader, which wants a re-openable stream. */
    java.util.function.Supplier<InputStream> supplier(String relative) {
        return () -> {
            try {
                return open(relative);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public String toString() {
        return dir == null ? "classpath:geodata/" : dir.toString();
    }
}
