package org.kharita.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Import speed (rows per second) of every importable file in ../shared/events-real, each into a new
 * embedded database as the app holds it, after one warm-up import. The time includes the hash pass
 * that recognises a file imported before, detection, parsing, mapping and the batched inserts.
 * Not a test: run {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.kharita.corpus.ImportBench [-Dexec.args="DIR"]}.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/events-real");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(DatasetImporter::importable).sorted().toList();
        }
        if (files.isEmpty()) {
            System.out.println("no importable files in " + dir.toAbsolutePath());
            return;
        }
        Path tmp = Files.createTempDirectory("import-bench");
        TestCorpus.open(tmp.resolve("warm-up"), FakeEngine.analyzer()).importer().importFile(files.get(0), "bench", p -> { });
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %10s %8s%n", "file", "rows", "skipped", "seconds", "rows/s", "MB/s");
        int n = 0;
        for (Path f : files) {
            DatasetImporter importer = TestCorpus.open(tmp.resolve("db" + n++), FakeEngine.analyzer()).importer();
            long t0 = System.nanoTime();
            DatasetImporter.Result r = importer.importFile(f, "bench", p -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-52s %8d %8d %8.2f %10.0f %8.2f%n", f.getFileName(), r.rows(), r.skipped(), s,
                    r.rows() / s, Files.size(f) / 1e6 / s);
        }
    }
}
