package org.kharita.cli;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BatchJvmTest {

    @Test
    void batchCommandsMoveToTheQuickCompilerUnlessTheCallerChoseOne() {
        assertThat(BatchJvm.wanted("geoparse", List.of("-Xmx256m", "-XX:ActiveProcessorCount=1"), null)).isTrue();
        assertThat(BatchJvm.wanted("train", List.of(), null)).isTrue();
        assertThat(BatchJvm.wanted("bench", List.of(), null)).as("bench measures the warm engine").isFalse();
        assertThat(BatchJvm.wanted("geoparse", List.of("-XX:TieredStopAtLevel=4"), null)).isFalse();
        assertThat(BatchJvm.wanted("geoparse", List.of("-XX:+UseG1GC"), null)).isFalse();
        assertThat(BatchJvm.wanted("geoparse", List.of(), "false")).isFalse();
    }

    @Test
    void theChildKeepsTheCallersOptionsAndIsStartedTheWayTheParentWas() {
        List<String> underJar = BatchJvm.command("/jdk/bin/java", List.of("-Xmx256m"), "target/kharita.jar",
                "target/kharita.jar geoparse -", new String[]{"geoparse", "-"});
        assertThat(underJar).containsExactly("/jdk/bin/java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmn32m", "-Dkharita.cli.relaunch=false", "-jar", "target/kharita.jar", "geoparse", "-");
        List<String> underCp = BatchJvm.command("java", List.of(), "a.jar:classes", "org.kharita.Application geoparse x",
                new String[]{"geoparse", "x"});
        assertThat(underCp).endsWith("-cp", "a.jar:classes", "org.kharita.Application", "geoparse", "x");
    }

    @Test
    void aCallerWhoSizedTheYoungGenerationKeepsTheirSize() {
        for (String young : List.of("-Xmn64m", "-XX:NewSize=8m", "-XX:MaxNewSize=8m", "-XX:NewRatio=3")) {
            List<String> cmd = BatchJvm.command("java", List.of("-Xmx1g", young), "k.jar", "k.jar geoparse -",
                    new String[]{"geoparse", "-"});
            assertThat(cmd).as(young).contains(young).doesNotContain(BatchJvm.YOUNG);
        }
    }

    /** Through a real child JVM: standard input reaches it, its output and its exit code come back. */
    @Test
    void geoparseFromTheShellAnswersThroughItsChildJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String cp = System.getProperty("java.class.path");
        Path argFile = Files.createTempFile("kharita-cp", ".txt");
        // surefire's class path can be longer than a command line: an @argfile carries it
        Files.writeString(argFile, "-cp \"" + cp.replace("\\", "\\\\") + "\"");
        try {
            Run ok = run(java, argFile, "Fighting near Kharkiv on Monday.\n", "geoparse", "--lang", "en", "-");
            assertThat(ok.code).isZero();
            assertThat(ok.out).contains("\"language\"").contains("Kharkiv");
            Run bad = run(java, argFile, "", "geoparse", "--lang", "xx", "-");
            assertThat(bad.code).as(bad.err).isEqualTo(2);
        } finally {
            Files.deleteIfExists(argFile);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path java, Path argFile, String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "@" + argFile, "org.kharita.Application"));
        cmd.addAll(List.of(args));
        File out = File.createTempFile("kharita-out", ".txt"), err = File.createTempFile("kharita-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("geoparse ended").isTrue();
            return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
