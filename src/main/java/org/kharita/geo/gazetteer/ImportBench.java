package org.kharita.geo.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Importer benchmark: streams a GeoNames dump (with its companions when beside it) and prints records
 * per second and the peak heap. Not a test; run it by hand, e.g. with -Xmx256m to prove the bound:
 * <pre>
 *   java -Xmx256m -cp target/classes:... org.kharita.geo.gazetteer.ImportBench DUMP
 *   java ... ImportBench --synthesize SOURCE_DUMP COPIES OUT_DIR   # a multi-million-row dump + alternates in OUT_DIR
 * </pre>
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--synthesize")) {
            synthesize(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: ImportBench DUMP | --synthesize SOURCE COPIES OUT_DIR");
            System.exit(2);
        }
        Path dump = Path.of(args[0]);
        AtomicLong records = new AtomicLong(), names = new AtomicLong();
        long rows;
        try (var lines = Files.lines(dump, StandardCharsets.UTF_8)) {
            rows = lines.count();
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        new GeoNamesDumpReader(dump).forEach(r -> {
            records.incrementAndGet();
            names.addAndGet(r.names().size());
        });
        double s = (System.nanoTime() - t0) / 1e9;
        // per-pool peaks happen at different moments, so their sum only bounds the heap from above;
        // the old generation's peak is what the import kept alive
        long sumOfPeaks = 0, oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            sumOfPeaks += pool.getPeakUsage().getUsed();
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) oldPeak = pool.getPeakUsage().getUsed();
        }
        System.out.printf("dump %s: %,d rows, %,d records, %,d names in %.1f s = %,.0f rows/s; heap: old-gen peak %.0f MB, sum of pool peaks %.0f MB, -Xmx %d MB%n",
                dump, rows, records.get(), names.get(), s, rows / s, oldPeak / 1048576.0, sumOfPeaks / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }

    /**
     * Writes COPIES renumbered copies of SOURCE as allCountries.txt plus an alternateNamesV2.txt in
     * alternateNameId order (so geonameids arrive shuffled, as in the real file) — the shape of the real
     * 12M-row import, for measuring on a machine that has no allCountries.
     */
    static void synthesize(Path source, int copies, Path out) throws Exception {
        Files.createDirectories(out);
        long altId = 0;
        try (BufferedWriter dump = Files.newBufferedWriter(out.resolve("allCountries.txt"), StandardCharsets.UTF_8);
             BufferedWriter alt = Files.newBufferedWriter(out.resolve(GeoNamesDumpReader.ALTERNATES), StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] c = line.split("\t", -1);
                        long id = Long.parseLong(c[0]) * copies + copy;
                        c[0] = Long.toString(id);
                        dump.write(String.join("\t", c));
                        dump.newLine();
                        String[] alts = c[3].isEmpty() ? new String[0] : c[3].split(",");
                        for (int i = 0; i < Math.min(alts.length, 3); i++) {
                            // scatter: the alternateNameId order is unrelated to geonameid order
                            alt.write((altId++ * 2654435761L % 1_000_000_007L) + "\t" + id + "\t" + (i == 0 ? "ru" : i == 1 ? "" : "link") + "\t" + alts[i] + "\t\t\t\t\t\t");
                            alt.newLine();
                        }
                    }
                }
            }
        }
    }
}
