package org.kharita.ui;

import org.kharita.Application;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.DayCount;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.UcdpSample;
import org.kharita.corpus.Viewport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 30 analysts changing filters at once against one running app (the real Spring context, its pool
 * and its in-memory snapshot), for a bounded time: each session a thread that walks its own filters
 * as {@link ViewerBench} does, through the permalink (ViewState) and the reads MainView.refresh()
 * makes, with a think time between changes. Measured server-side; no browsers (30 headless
 * Chromiums do not fit on 2 cores). Not a test: run {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.ui.LoadBench [-Dexec.args="SESSIONS SECONDS ROWS THINK_MS"]}.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120);
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path dir = Files.createTempDirectory("kharita-load");
        Path file = dir.resolve("synthetic.csv");
        UcdpSample.synthetic(file, rows);
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--kharita.data-dir=" + dir.resolve("data"), "--kharita.demo.enabled=false", "--kharita.map.tile-url=",
                "--vaadin.launch-browser=false", "--logging.level.root=WARN");
        try {
            app.getBean(DatasetImporter.class).importFile(file, "bench", p -> { });
            Corpus corpus = app.getBean(Corpus.class);
            corpus.count(EventFilter.NONE); // the snapshot is read once, before the clock starts
            List<EventFilter.PlaceChoice> places = new ArrayList<>(corpus.places("place 1", 20));

            List<Double> times = Collections.synchronizedList(new ArrayList<>());
            AtomicLong peakHeap = new AtomicLong();
            long end = System.nanoTime() + length.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            for (int s = 0; s < sessions; s++) {
                long seed = s;
                pool.submit(() -> session(corpus, places, new Random(seed), end, thinkMs, times, peakHeap));
            }
            pool.shutdown();
            if (!pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)) pool.shutdownNow();
            List<Double> all = new ArrayList<>(times);
            long heapAfterGc = ViewerBench.usedHeap(Runtime.getRuntime());
            System.out.printf(Locale.ROOT, "%d sessions, %d s, %d events, think %d ms: %d filter changes (%.1f/s)%n",
                    sessions, length.toSeconds(), corpus.count(EventFilter.NONE), thinkMs, all.size(),
                    all.size() / (double) length.toSeconds());
            System.out.printf(Locale.ROOT, "server time per change: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ViewerBench.pct(all, 0.5), ViewerBench.pct(all, 0.95), ViewerBench.pct(all, 0.99), ViewerBench.pct(all, 1));
            System.out.printf(Locale.ROOT, "heap: peak used %.0f MB, after GC %.0f MB (max %.0f MB)%n", peakHeap.get() / 1e6,
                    heapAfterGc / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static void session(Corpus corpus, List<EventFilter.PlaceChoice> places, Random rnd, long end, int thinkMs,
                                List<Double> times, AtomicLong peakHeap) {
        ViewState state = ViewState.DEFAULT;
        Viewport v = Viewport.WORLD;
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(thinkMs / 2 + rnd.nextInt(Math.max(1, thinkMs)));
                if (rnd.nextInt(4) == 0) v = ViewerBench.viewport(rnd);
                else state = state.withFilter(ViewerBench.change(state.filter(), rnd, places));
                long t = System.nanoTime();
                // the permalink round trip, as the address bar carries it
                EventFilter f = ViewState.parse(state.toQuery().getParameters()).state().filter();
                long n = corpus.count(f);
                corpus.events(f, 0, 50);
                if (n <= MainView.TIMELINE_ITEMS) corpus.events(f, 0, MainView.TIMELINE_ITEMS);
                List<DayCount> h = corpus.histogram(f.withoutDates());
                ClientBatch.toJson(TimeHistogram.bin(h));
                ClientBatch.toJson(List.of(LeafletMap.dataOp(corpus.map(f, v))));
                times.add((System.nanoTime() - t) / 1e6);
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                if (n == 0) state = state.withFilter(EventFilter.NONE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
