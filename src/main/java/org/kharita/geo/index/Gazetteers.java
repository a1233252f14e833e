package org.kharita.geo.index;

import org.kharita.geo.CompositeGazetteer;
import org.kharita.geo.Gazetteer;
import org.kharita.geo.gazetteer.GeoNamesDumpReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default gazetteer, with a user's GeoNames dumps on top (geoparse --gazetteer, kharita.gazetteer.extra). */
public final class Gazetteers {
    private Gazetteers() {
    }

    /**
     * @param extra GeoNames dump files (allCountries format); their places answer before the default's
     * @throws IllegalArgumentException naming the first file that cannot be read
     */
    public static Gazetteer withExtras(List<Path> extra) throws IOException {
        if (extra.isEmpty()) return DefaultGazetteer.load();
        List<Gazetteer> parts = new ArrayList<>();
        for (Path p : extra) {
            if (!Files.isReadable(p) || Files.isDirectory(p)) {
                throw new IllegalArgumentException("gazetteer " + p + " is not a readable file");
            }
            parts.add(NameIndex.build(List.of(new GeoNamesDumpReader(p))));
        }
        parts.add(DefaultGazetteer.load());
        return new CompositeGazetteer(parts);
    }
}
