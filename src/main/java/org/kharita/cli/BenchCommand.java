package org.kharita.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Engines;
import org.kharita.geo.index.DefaultGazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench [--seconds N] [--large] [CORPUS.jsonl|DIR]...}: the speed figures the README reports. Default
 * gazetteer load time and live heap after load; then articles per CPU-second on one thread for the full analysis
 * (geoparse + events) and for the geoparse alone, over the given articles (default: the real passages of
 * ../shared/dev-eval; skipped with a message when it is absent), after a warm-up. {@code --large} also times one
 * article of just under the 2 MB ingest limit per language, made by repeating that language's passages in
 * memory (nothing is written): the cost of a long article must grow with its length, not with its mentions
 * squared. Run it with -Xmx256m to check the memory target.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        double seconds = 10;
        boolean large = false;
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) seconds = Double.parseDouble(args[++i]);
            else if (args[i].equals("--large")) large = true;
            else sources.add(args[i]);
        }
        if (sources.isEmpty()) {
            if (!Files.isRegularFile(Path.of(DEV_EVAL))) {
                out.println("bench: skipped, " + DEV_EVAL + " is absent (the real passages it measures live in ../shared)");
                return 0;
            }
            sources = List.of(DEV_EVAL);
        }
        try {
            List<String> texts = load(sources);
            if (texts.isEmpty()) {
                err.println("bench: no articles found in " + sources);
                return 2;
            }
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long t0 = System.nanoTime();
            DefaultGazetteer.load();
            double loadS = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = mem.getHeapMemoryUsage().getUsed();
            ArticleAnalyzer engine = Engines.createDefault();
            long bytes = 0;
            for (String t : texts) bytes += t.getBytes(StandardCharsets.UTF_8).length;
            out.printf(Locale.ROOT, "gazetteer: %d places, loaded in %.2f s, live heap after load %.0f MB (max heap %.0f MB)%n",
                    DefaultGazetteer.load().size(), loadS, heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            out.printf(Locale.ROOT, "corpus: %d articles, mean %.1f KB%n", texts.size(), bytes / 1024.0 / texts.size());
            // the same articles through sentences + geoparser alone, to show what event extraction adds
            org.kharita.extract.SentenceSplitter splitter = new org.kharita.extract.IcuSentenceSplitter();
            org.kharita.extract.GeoParser geo = new org.kharita.extract.DefaultGeoParser(DefaultGazetteer.load(),
                    new org.kharita.geo.PlaceResolver(org.kharita.geo.PlaceResolver.Aliases.NONE));
            Runnable[] work = new Runnable[2];
            int[] next = new int[2];
            work[FULL] = () -> engine.analyze(texts.get(next[FULL]++ % texts.size()), null, null);
            work[GEO] = () -> {
                String t = texts.get(next[GEO]++ % texts.size());
                geo.parse(t, org.kharita.geo.Language.detect(t), splitter.split(t));
            };
            // Both warmed up, then measured in alternating half-second slices, so that neither gets the
            // better-compiled code or the quieter moment of a shared machine.
            double warm = Math.min(5, seconds / 2);
            for (Runnable w : work) slice(w, warm / 2, null);
            // CPU time of this thread as well as wall time: on a shared 2-core machine the wall clock
            // also counts whatever else runs, the thread's CPU time only our work
            double[][] totals = new double[2][3]; // articles, wall s, cpu s
            for (double done = 0; done < seconds; done += SLICE) {
                for (int k = 0; k < 2; k++) slice(work[k], SLICE, totals[k]);
            }
            for (int k = 0; k < 2; k++) {
                out.printf(Locale.ROOT, "%s on one thread: %.0f articles/s wall, %.0f articles/s of thread CPU time (%.0f articles in %.1f s)%n",
                        k == FULL ? "full analysis" : "geoparse only", totals[k][0] / totals[k][1], totals[k][0] / totals[k][2],
                        totals[k][0], totals[k][1]);
            }
            double fullUs = totals[FULL][2] / totals[FULL][0] * 1e6, geoUs = totals[GEO][2] / totals[GEO][0] * 1e6;
            out.printf(Locale.ROOT, "event extraction adds %.0f us of CPU per article to the geoparse's %.0f us (%.0f%%); "
                    + "full analysis runs at %.2f of geoparse-only throughput%n", fullUs - geoUs, geoUs, 100 * (fullUs - geoUs) / geoUs,
                    geoUs / fullUs);
            if (large) large(sources, engine, geo, splitter, out);
            System.gc();
            out.printf(Locale.ROOT, "live heap after run: %.0f MB%n", mem.getHeapMemoryUsage().getUsed() / 1e6);
            return 0;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 2;
        }
    }

    private static final int FULL = 0, GEO = 1;
    private static final String DEV_EVAL = "../shared/dev-eval/articles.jsonl";
    /** Just under the ingest limit of 2 MB. */
    static final int LARGE_BYTES = 1_950_000;

    /** One long article per language, geoparsed and then fully analysed once each, timed on this thread. */
    private static void large(List<String> sources, ArticleAnalyzer engine, org.kharita.extract.GeoParser geo,
                              org.kharita.extract.SentenceSplitter splitter, PrintStream out) throws IOException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, List<String>> byLanguage = new java.util.TreeMap<>();
        for (String t : load(sources)) byLanguage.computeIfAbsent(org.kharita.geo.Language.detect(t).code(), k -> new ArrayList<>()).add(t);
        for (var e : byLanguage.entrySet()) {
            String article = longArticle(e.getValue(), LARGE_BYTES);
            long cpu0 = threads.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
            int mentions = geo.parse(article, org.kharita.geo.Language.detect(article), splitter.split(article)).size();
            long cpu1 = threads.getCurrentThreadCpuTime(), wall1 = System.nanoTime();
            int events = engine.analyze(article, null, null).events().size();
            long cpu2 = threads.getCurrentThreadCpuTime(), wall2 = System.nanoTime();
            out.printf(Locale.ROOT, "long article (%s, %.2f MB, %d mentions, %d events): geoparse %.2f s CPU (%.2f s wall), "
                            + "full analysis %.2f s CPU (%.2f s wall)%n", e.getKey(), article.getBytes(StandardCharsets.UTF_8).length / 1e6,
                    mentions, events, (cpu1 - cpu0) / 1e9, (wall1 - wall0) / 1e9, (cpu2 - cpu1) / 1e9, (wall2 - wall1) / 1e9);
        }
    }

    /** The passages repeated, blank line between, up to {@code bytes} of UTF-8. */
    static String longArticle(List<String> passages, int bytes) {
        StringBuilder b = new StringBuilder();
        int size = 0;
        for (int k = 0; ; k++) {
            String p = passages.get(k % passages.size());
            int n = p.getBytes(StandardCharsets.UTF_8).length + 2;
            if (size + n > bytes) return b.toString();
            b.append(p).append("\n\n");
            size += n;
        }
    }
    private static final double SLICE = 0.5;

    /** Runs {@code w} for {@code seconds}; adds articles, wall and thread-CPU seconds to {@code acc} when given. */
    private static void slice(Runnable w, double seconds, double[] acc) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime(), end = start + (long) (seconds * 1e9);
        int n = 0;
        while (System.nanoTime() < end) {
            w.run();
            n++;
        }
        if (acc == null) return;
        acc[0] += n;
        acc[1] += (System.nanoTime() - start) / 1e9;
        acc[2] += (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    }

    private static List<String> load(List<String> sources) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String s : sources) {
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode n = AnalysisJson.MAPPER.readTree(line);
                    if (n.hasNonNull("text")) texts.add(n.get("text").asText());
                }
            }
        }
        return texts;
    }
}
