package org.kharita.fault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One data folder, two viewers: the second refuses to start and says why, the first goes on. */
class TwoInstancesTest {
    @Test
    void a_second_viewer_on_the_same_data_folder_refuses_with_a_clear_message(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (AppProcess first = AppProcess.viewer("first-instance", data)) {
            int port = first.awaitStarted();
            try (AppProcess second = AppProcess.viewer("second-instance", data)) {
                assertThat(second.awaitExit(AppProcess.START)).isNotZero();
                second.await(Pattern.compile("The data folder is in use by another running Kharita"), Duration.ofSeconds(5));
                assertThat(second.output()).contains("--kharita.data-dir=");
            }
            assertThat(AppProcess.status(port, "/")).isEqualTo(200);
            first.stop();
        }
    }
}
