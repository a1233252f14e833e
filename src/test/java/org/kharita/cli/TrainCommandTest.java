package org.kharita.cli;

import org.junit.jupiter.api.Test;
import org.kharita.geo.ChoiceWeights;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrainCommandTest {
    static final Path GOLD = Path.of("../shared/dev-eval/articles.jsonl");

    @Test
    void training_on_dev_eval_reproduces_the_shipped_weights_bit_for_bit() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD), "skipped: " + GOLD.toAbsolutePath() + " absent (../shared beside the project)");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = TrainCommand.run(new String[]{GOLD.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String shipped;
        try (InputStream in = ChoiceWeights.class.getResourceAsStream(ChoiceWeights.LEARNED_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .as("the finder or the gold changed since the weights were trained: retrain with "
                        + "`java -jar target/kharita.jar train > src/main/resources/org/kharita/geo/choice-weights.txt`")
                .isEqualTo(shipped);
    }

    @Test
    void an_unknown_option_is_refused_with_the_usage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TrainCommand.run(new String[]{"--fast"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: train");
    }
}
