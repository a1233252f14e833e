package org.kharita.geo.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts tab-separated lines by their leading numeric key with bounded memory: runs of {@code runSize}
 * lines are sorted in memory and spilled to disk, then merged. GeoNames' alternateNamesV2.txt (15M rows)
 * is ordered by alternateNameId, not geonameid, so joining it to allCountries needs this; the heap holds
 * one run, never the file.
 */
final class ExternalSort {
    private record Keyed(long key, String line) {
    }

    private ExternalSort() {
    }

    interface LineSource {
        /** Feeds lines to the sink; the first column must be a long. */
        void feed(java.util.function.Consumer<String> sink) throws IOException;
    }

    static Path sort(LineSource source, Path workDir, int runSize) throws IOException {
        List<Path> runs = new ArrayList<>();
        List<Keyed> buf = new ArrayList<>(runSize);
        IOException[] failure = new IOException[1];
        source.feed(line -> {
            if (failure[0] != null) return;
            buf.add(new Keyed(key(line), line));
            if (buf.size() >= runSize) {
                try {
                    runs.add(spill(buf, workDir, runs.size()));
                } catch (IOException e) {
                    failure[0] = e;
                }
                buf.clear();
            }
        });
        if (failure[0] != null) throw failure[0];
        if (!buf.isEmpty() || runs.isEmpty()) runs.add(spill(buf, workDir, runs.size()));
        buf.clear();
        if (runs.size() == 1) return runs.get(0);
        Path out = workDir.resolve("sorted.tsv");
        merge(runs, out);
        for (Path r : runs) Files.deleteIfExists(r);
        return out;
    }

    static long key(String line) {
        int tab = line.indexOf('\t');
        return Long.parseLong(tab < 0 ? line : line.substring(0, tab));
    }

    private static Path spill(List<Keyed> buf, Path dir, int n) throws IOException {
        buf.sort(Comparator.comparingLong(Keyed::key));
        Path run = dir.resolve("run-" + n + ".tsv");
        try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (Keyed k : buf) {
                w.write(k.line);
                w.newLine();
            }
        }
        return run;
    }

    private record Head(long key, String line, BufferedReader from) {
    }

    private static void merge(List<Path> runs, Path out) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong(Head::key));
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path r : runs) {
                BufferedReader br = Files.newBufferedReader(r, StandardCharsets.UTF_8);
                readers.add(br);
                String l = br.readLine();
                if (l != null) heads.add(new Head(key(l), l, br));
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                w.write(h.line);
                w.newLine();
                String l = h.from.readLine();
                if (l != null) heads.add(new Head(key(l), l, h.from));
            }
        } finally {
            for (BufferedReader r : readers) r.close();
        }
    }
}
