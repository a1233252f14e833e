package org.kharita.fault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app in a child JVM on the test's own classpath, so that it can be killed as a power cut
 * kills it. Its output is read line by line: tests wait for what it says, never for a time. The
 * output is also kept in target/fault-logs for a person to read after a failure.
 */
final class AppProcess implements AutoCloseable {
    /** Generous: on a 2-core machine under load (26 runnable) a Spring app took two minutes to start. */
    static final Duration START = Duration.ofMinutes(8);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private AppProcess(Process process, Path log) throws IOException {
        this.process = process;
        Files.createDirectories(log.getParent());
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.println(line);
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the child was killed: its pipe closes under us
            } finally {
                out.close();
                synchronized (lines) {
                    ended = true;
                    lines.notifyAll();
                }
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The viewer, or another main class of the test classpath, with the given arguments. */
    static AppProcess start(String name, String mainClass, List<String> jvmArgs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:+UseSerialGC");
        // C1 only: a child lives for seconds, and start-up is most of its time.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.add("--server.port=0");
        command.add("--kharita.map.tile-url=");
        command.add("--vaadin.launch-browser=false");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new AppProcess(p, Path.of("target", "fault-logs", name + ".log"));
    }

    static AppProcess viewer(String name, Path dataDir, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--kharita.data-dir=" + dataDir, "--kharita.demo.enabled=false"));
        all.addAll(List.of(args));
        return start(name, "org.kharita.Application", List.of(), all.toArray(String[]::new));
    }

    /** The first line matching, waiting for it as long as {@code timeout}; fails if the child ends first. */
    String await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (pattern.matcher(lines.get(seen)).find()) return lines.get(seen);
                }
                long left = deadline - System.nanoTime();
                if (ended) throw new AssertionError("the app ended without saying /" + pattern + "/; its last words:\n" + tail());
                if (left <= 0) throw new AssertionError("no /" + pattern + "/ within " + timeout + "; last lines:\n" + tail());
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    boolean said(Pattern pattern) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> pattern.matcher(l).find());
        }
    }

    /** Waits for start-up and answers the port the viewer listens on. */
    int awaitStarted() throws InterruptedException {
        Matcher m = PORT.matcher(await(PORT, START));
        m.find();
        await(Pattern.compile("Started (Application|FaultChild)"), START);
        return Integer.parseInt(m.group(1));
    }

    /** The map page's HTTP status: the app not only started but answers. */
    static int status(int port, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no closing of the database. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) throw new AssertionError("the child outlived SIGKILL");
    }

    /** SIGTERM and a wait for a clean end, as an operator's stop. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not stop within 2 minutes of SIGTERM");
        }
        return process.exitValue();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) throw new AssertionError("the app did not end within " + timeout);
        synchronized (lines) {
            while (!ended) lines.wait(1000);
        }
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private String tail() {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill9();
    }
}
