package org.kharita.ui;

import org.kharita.Application;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.UcdpSample;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Time until the map is interactive after a filter change, measured in headless Chromium: from the
 * moment the date brush fires (performance.now() in the page) to the map's last
 * 'kharita-map-rendered' of that change (the new layers painted and the main thread free again;
 * see frontend/leaflet-map.js). The corpus is the real UCDP files in ../shared/events-real (if
 * present) plus synthetic UCDP rows up to a total (default 100,000), imported at start-up.
 * Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kharita.ui.MapInteractiveBench [-Dexec.args="100000 24"]}.
 */
public final class MapInteractiveBench {
    /** A change is over when no new render has come for this long. */
    private static final int QUIET_MS = 700;

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        Path dir = Files.createTempDirectory("kharita-tti");
        List<Path> files = new ArrayList<>();
        Path shared = Path.of("../shared/events-real");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> s = Files.list(shared)) {
                // every real dataset there: UCDP CSV and GeoJSON, GDELT (and the front-line overlay)
                for (Path f : s.filter(org.kharita.corpus.DatasetImporter::importable).sorted().toList()) files.add(f);
            }
        } else {
            System.out.println("no ../shared/events-real: synthetic events only");
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--kharita.data-dir=" + dir.resolve("data"), "--kharita.demo.enabled=false",
                "--kharita.map.tile-url=", "--vaadin.launch-browser=false",
                // exec:java's classpath may carry a dev-mode build token; the bench measures the production bundle.
                "--vaadin.productionMode=true", "--vaadin.frontend.hotdeploy=false",
                "--kharita.import.files=" + files.stream().map(Path::toString).collect(Collectors.joining(",")));
        // the real events are in; synthetic ones fill up to the target through the running application
        long real = app.getBean(Corpus.class).count(EventFilter.NONE);
        Path synthetic = dir.resolve("ucdp_ged_synthetic.csv");
        writeSynthetic(synthetic, (int) Math.max(0, target - real));
        app.getBean(org.kharita.corpus.DatasetImporter.class).importFile(synthetic, "bench", p -> { });
        WebDriver driver = SeedOnTheMapBrowserTest.chromium();
        try {
            long total = app.getBean(Corpus.class).count(EventFilter.NONE);
            System.out.printf("events: %d (%d real, from %d files)%n", total, real, files.size());
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            driver.get("http://localhost:" + port + "/");
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> d.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-rendered") != null);
            Thread.sleep(2000);

            Random rnd = new Random(7);
            List<Double> times = new ArrayList<>();
            for (int i = -3; i < changes; i++) { // three warm-up changes
                LocalDate from = LocalDate.of(2014 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1);
                LocalDate to = from.plusMonths(1 + rnd.nextInt(18)).minusDays(1);
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const [from, to, quiet, done] = arguments;
                        const map = document.querySelector('kharita-leaflet-map');
                        let last = null, timer = null;
                        const t0 = performance.now();
                        map.addEventListener('kharita-map-rendered', (e) => {
                          last = e.detail;
                          clearTimeout(timer);
                          timer = setTimeout(() => done({ ms: last.t - t0, points: last.points, clusters: last.clusters }), quiet);
                        });
                        document.querySelector('kharita-time-histogram')._brush(from, to);""",
                        from.toString(), to.toString(), QUIET_MS);
                double ms = ((Number) r.get("ms")).doubleValue();
                System.out.printf("  %s – %s: %.0f ms (%s points, %s clusters)%s%n", from, to, ms, r.get("points"),
                        r.get("clusters"), i < 0 ? " warm-up" : "");
                if (i >= 0) times.add(ms);
            }
            double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("time to interactive map after a filter change, %d changes: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    t.length, t[t.length / 2], t[(int) Math.ceil(t.length * 0.95) - 1], t[t.length - 1]);
        } finally {
            driver.quit();
            app.close();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** Made-up UCDP rows over 2014–2023 in eastern Ukraine and southern Russia. */
    private static void writeSynthetic(Path file, int rows) throws IOException {
        Random rnd = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(UcdpSample.HEADER);
            for (int i = 0; i < rows; i++) {
                LocalDate d = LocalDate.of(2014, 1, 1).plusDays(rnd.nextInt(3650));
                w.write(UcdpSample.row(2_000_000 + i, 1 + rnd.nextInt(3), "Side " + rnd.nextInt(30), "Side " + rnd.nextInt(30),
                        "Synthetic event " + i, 1 + rnd.nextInt(6), "Place " + rnd.nextInt(2000), "Region " + rnd.nextInt(40),
                        44 + rnd.nextDouble() * 8, 30 + rnd.nextDouble() * 10, "Ukraine", 1, d.toString(), d.toString(),
                        rnd.nextInt(5)));
            }
        }
    }
}
