package org.kharita.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared is read in place (CI lays it beside the clone); tests that need it skip, saying why, without it. */
public final class Shared {
    public static final Path ROOT = Path.of("..", "shared");
    public static final Path SEED = ROOT.resolve("seed/000_e3bea8786fe56450.txt");
    public static final Path SEED_TRUTH = ROOT.resolve("seed/truth.json");
    public static final Path DEV_EVAL = ROOT.resolve("dev-eval/articles.jsonl");

    private Shared() {
    }

    public static Path require(Path p) {
        Assumptions.assumeTrue(Files.isReadable(p), () -> "skipped: " + p.toAbsolutePath().normalize()
                + " is absent (the test reads ../shared beside the project, as CI lays it)");
        return p;
    }

    public static String read(Path p) {
        try {
            return Files.readString(require(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
