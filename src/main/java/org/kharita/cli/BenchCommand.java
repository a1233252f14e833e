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
 * {@code bench [--seconds N] [CORPUS.jsonl|DIR]...}: the speed figures the README reports. Default gazetteer load
 * time and live heap after load; then articles per second on one thread for the full analysis
 * (geoparse + events) over the given articles (default: ../shared/dev-eval plus ../shared/seed),
 * after a warm-up. Run it with -Xmx256m to check the memory target.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        double seconds = 10;
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) seconds = Double.parseDouble(args[++i]);
            else sources.add(args[i]);
        }
        if (sources.isEmpty()) sources = List.of("../shared/dev-eval/articles.jsonl", "../shared/seed");
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
            long warmEnd = System.nanoTime() + (long) (Math.min(5, seconds / 2) * 1e9);
            int i = 0;
            while (System.nanoTime() < warmEnd) engine.analyze(texts.get(i++ % texts.size()), null, null);
            // CPU time of this thread as well as wall time: on a shared 2-core machine the wall clock
            // also counts whatever else runs, the thread's CPU time only our work
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime(), end = start + (long) (seconds * 1e9);
            int n = 0;
            while (System.nanoTime() < end) {
                engine.analyze(texts.get(n % texts.size()), null, null);
                n++;
            }
            double el = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "full analysis on one thread: %.0f articles/s wall, %.0f articles/s of thread CPU time (%d articles in %.1f s)%n",
                    n / el, n / cpu, n, el);
            // the same articles through sentences + geoparser alone, to show what event extraction adds
            org.kharita.extract.SentenceSplitter splitter = new org.kharita.extract.IcuSentenceSplitter();
            org.kharita.extract.GeoParser geo = new org.kharita.extract.DefaultGeoParser(DefaultGazetteer.load(),
                    new org.kharita.geo.PlaceResolver(org.kharita.geo.PlaceResolver.Aliases.NONE));
            cpu0 = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            end = start + (long) (seconds * 1e9);
            int g = 0;
            while (System.nanoTime() < end) {
                String t = texts.get(g % texts.size());
                geo.parse(t, org.kharita.geo.Language.detect(t), splitter.split(t));
                g++;
            }
            el = (System.nanoTime() - start) / 1e9;
            cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "geoparse only on one thread: %.0f articles/s wall, %.0f articles/s of thread CPU time%n", g / el, g / cpu);
            System.gc();
            out.printf(Locale.ROOT, "live heap after run: %.0f MB%n", mem.getHeapMemoryUsage().getUsed() / 1e6);
            return 0;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 2;
        }
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
