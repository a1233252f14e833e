package org.kharita.basemap;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.Place;
import org.kharita.geo.gazetteer.DefaultGazetteerSources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (Maven, process-classes, after the gazetteer index): the settlements of the default
 * gazetteer's sources with the name to print on the map in each UI language, packed into the jar as
 * {@code basemap/labels.tsv.gz}. The name index keeps folded keys, not names fit to print, so the
 * display names are taken here from the same records. Usage: {@code BuildPlaceLabels GEODATA_DIR OUT_FILE INDEX_FILE};
 * skipped while OUT_FILE is newer than the index (the index is rebuilt whenever geodata changes).
 */
public final class BuildPlaceLabels {
    /** A label further than this from its place misleads more than it orients. */
    static final double MAX_KM = 3;

    private BuildPlaceLabels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildPlaceLabels GEODATA_DIR OUT_FILE INDEX_FILE");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path index = Path.of(args[2]);
        if (Files.exists(out) && Files.exists(index)
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(index)) > 0) {
            System.out.println("map labels up to date: " + out);
            return;
        }
        Files.createDirectories(out.getParent());
        int[] n = {0};
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            Set<String> vague = vaguelyPlaced(Path.of(args[0]).resolve("theatre/settlements.tsv"));
            DefaultGazetteerSources.fromDirectory(Path.of(args[0])).forEach(r -> {
                if (vague.contains(r.place().id())) return;
                String line = line(r);
                if (line == null) return;
                try {
                    w.write(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                n[0]++;
            });
        }
        System.out.printf("map labels: %d settlements, %.1f MB -> %s%n", n[0], Files.size(out) / 1e6, out);
    }

    /**
     * Curated villages whose point is only their district seat (precision_km over {@value #MAX_KM}): the
     * resolver may use them, but a name printed there would name the wrong place.
     */
    static Set<String> vaguelyPlaced(Path theatre) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(theatre)) return ids;
        List<String> lines = Files.readAllLines(theatre, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id"), km = header.indexOf("precision_km");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length <= Math.max(id, km) || f[km].isBlank()) continue;
            if (Double.parseDouble(f[km].strip()) > MAX_KM) ids.add(f[id]);
        }
        return ids;
    }

    /** lat, lon, population, English name, Arabic name (may be empty); null for what is not a settlement. */
    static String line(GazetteerRecord r) {
        Place p = r.place();
        if (!p.isSettlement() || clean(p.name()).isEmpty()) return null;
        String ar = r.names().stream().filter(BuildPlaceLabels::isArabic).findFirst().orElse("");
        return String.format(java.util.Locale.ROOT, "%.5f\t%.5f\t%d\t%s\t%s\t%s%n", p.lat(), p.lon(), p.population(),
                p.featureCode(), clean(p.name()), clean(ar));
    }

    /**
     * Arabic script, and none of the letters Persian, Urdu or Pashto add to it (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ):
     * GeoNames' alternate names carry no language, and a Persian spelling would read as a misspelling in
     * the Arabic UI.
     */
    static boolean isArabic(String s) {
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("پچژگکیےٹڈڑںھۀ".indexOf(c) >= 0) return false;
            if (c >= '\u0621' && c <= '\u064A') arabic = true;
        }
        return arabic;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
