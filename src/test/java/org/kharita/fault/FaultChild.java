package org.kharita.fault;

import org.kharita.Application;
import org.kharita.corpus.Corrections;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.IngestService;
import org.kharita.corpus.Overlays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The viewer with a hand on its services, for the writes that the UI starts: once started it does
 * one of them ({@code -Dfault.action}) and says so on standard output before and after, so that the
 * test can kill it in the middle. Lines start with "FAULT " for the test to read.
 */
public final class FaultChild {
    private FaultChild() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(new Class<?>[]{Application.class, }, args);
        Path file = Path.of(System.getProperty("fault.file", "none"));
        switch (System.getProperty("fault.action")) {
            case "ingest" -> {
                say("ingest-begin");
                long id = app.getBean(IngestService.class).ingest(Files.readAllBytes(file), file.getFileName().toString(),
                        new IngestRequest(null, null, LocalDate.of(2024, 10, 24), "fault", null, null)).articleId();
                say("ingest-done " + id);
            }
            case "correct" -> {
                long id = app.getBean(IngestService.class).ingest(Files.readAllBytes(file), file.getFileName().toString(),
                        new IngestRequest(null, null, LocalDate.of(2024, 10, 24), "fault", null, null)).articleId();
                Corrections corrections = app.getBean(Corrections.class);
                // Corrections one after another until the test pulls the plug.
                for (int i = 0; ; i++) {
                    corrections.correct(id, 0, Corrections.pin("Pin " + i, 48.0 + i * 1e-4, 37.5), "fault");
                    say("corrected " + id + " " + i);
                }
            }
            case "overlay-delete" -> {
                DatasetImporter.Result r = app.getBean(DatasetImporter.class).importFile(file, "fault", p -> { });
                say("overlay-imported " + r.datasetId() + " " + r.rows());
                say("delete-begin " + r.datasetId());
                app.getBean(Overlays.class).delete(r.datasetId(), "fault");
                say("delete-done " + r.datasetId());
            }
            default -> throw new IllegalArgumentException("-Dfault.action=ingest|correct|overlay-delete");
        }
    }

    private static void say(String what) {
        System.out.println("FAULT " + what);
        System.out.flush();
    }
}
