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
    private static final long PROGRESS_EVERY = 10_000;
    private final DatasetImporter importer;
    private final List<Path> files;

    DatasetStartupImport(DatasetImporter importer, @Value("${kharita.import.files:${kharita.import.ucdp:}}") String files) {
        this.importer = importer;
        this.files = Arrays.stream(files.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                log.warn("kharita.import.files: no file at {}", f.toAbsolutePath());
                continue;
            }
            log.info("{}: importing", f);
            long[] logged = {0};
            // A million-row file takes minutes: the log shows it is moving (and where a kill left it).
            DatasetImporter.Result r = importer.importFile(f, "start-up", p -> {
                if (p.rows() - logged[0] >= PROGRESS_EVERY) {
                    logged[0] = p.rows();
                    log.info("{}: {} rows read", f, p.rows());
                }
            });
            if (r.duplicate()) log.info("{} was imported before", f);
            else if (r.overlay()) log.info("{}: {} dated shapes imported as a map overlay", f, r.rows());
            else log.info("{}: {} events imported, {} rows skipped", f, r.rows(), r.skipped());
        }
    }
}
