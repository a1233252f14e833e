package org.kharita.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code kharita.import.files=../shared/events-real/ucdp_ged_ukraine_2014_2023.csv,...}: dataset files
 * (UCDP GED CSV or GeoJSON, GDELT 1.0 events) imported on start-up, each once (a file already
 * imported is recognised by its hash and skipped). {@code kharita.import.ucdp}, its name while UCDP
 * CSV was the only format, is read when the new one is not set.
 */
@Component
class DatasetStartupImport implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DatasetStartupImport.class);
    private final DatasetImporter importer;
    private final List<Path> files;

    DatasetStartupImport(DatasetImporter importer, @Value("${kharita.import.files:${kharita.import.ucdp:}}") String files) {
        this.importer = importer;
        this.files = Arrays.stream(files.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /** A log line at each tenth of the file read: a big import says it is moving. */
    private static final class TenthsLogger implements java.util.function.Consumer<DatasetImporter.Progress> {
        private final Path file;
        private int logged;

        TenthsLogger(Path file) {
            this.file = file;
        }

        @Override
        public void accept(DatasetImporter.Progress p) {
            int tenth = (int) (p.fraction() * 10);
            if (tenth <= logged || tenth >= 10) return;
            logged = tenth;
            log.info("{}: {}0% read, {} rows", file.getFileName(), tenth, p.rows());
        }
    }

    /**
     * Before the app says it has started: an import a crash interrupted is deleted (its rows were never
     * shown), so that the data folder holds only whole datasets and the file can be imported again.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextRefreshedEvent.class)
    void discardUnfinishedImports() {
        importer.discardUnfinished();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                log.warn("kharita.import.files: no file at {}", f.toAbsolutePath());
                continue;
            }
            log.info("importing {} ({} MB)…", f, Files.size(f) / (1024 * 1024));
            DatasetImporter.Result r = importer.importFile(f, "start-up", new TenthsLogger(f));
            if (r.duplicate()) log.info("{} was imported before", f);
            else if (r.overlay()) log.info("{}: {} dated shapes imported as a map overlay", f, r.rows());
            else log.info("{}: {} events imported, {} rows skipped", f, r.rows(), r.skipped());
        }
    }
}
