package org.kharita.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JVM a batch command runs in. A geoparse over a few thousand articles ends before HotSpot's optimising compiler
 * (C2) pays for itself: on dev-eval x40 the default JVM spent ~17 s compiling against ~7 s of analysis, and with the
 * quick compiler alone (C1) and the serial collector the same run took 2.1 times less CPU, the 2 MB article 2.0
 * times less (README, "Speed"); C1 was still ahead at x200. Flags cannot be set from inside a running JVM, so
 * {@code java -jar kharita.jar geoparse ...} starts its work in a child JVM with them, as Elasticsearch's and
 * Gradle's launchers start theirs: same class path, the caller's own JVM options (heap, processor count) first, the
 * same standard streams, the child's exit code. A caller who chose a compiler or a collector, or sets
 * {@code -Dkharita.cli.relaunch=false}, gets the JVM they started.
 */
final class BatchJvm {
    static final String SWITCH = "kharita.cli.relaunch";
    /** Commands that analyse articles in a batch; {@code bench} measures the warm engine and keeps C2. */
    static final Set<String> BATCH = Set.of("geoparse", "eval", "train");
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * A small young generation. The serial collector skips a young collection for a full one whenever the old
     * generation's free space is smaller than the young generation (it cannot be sure the survivors fit): with the
     * gazetteer's ~135 MB living in the old generation of a -Xmx256m child, its default third-of-the-heap young
     * generation made every collection a full one (24 of them on dev-eval x40, a third of the CPU). An article's
     * garbage is about 1 MB and dies with it, so 32 MB of young space costs nothing at any heap size.
     */
    static final String YOUNG = "-Xmn32m";

    private BatchJvm() {
    }

    /** Whether this JVM should hand the command over: not when the caller already chose how to compile or collect. */
    static boolean wanted(String command, List<String> jvmArgs, String relaunchSwitch) {
        if (!BATCH.contains(command) || "false".equals(relaunchSwitch)) return false;
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:-TieredCompilation") || a.startsWith("-Xint")
                    || a.startsWith("-XX:+Use") && a.endsWith("GC") || a.startsWith("-D" + SWITCH + "=")) return false;
        }
        return true;
    }

    /**
     * The child's command line. {@code sunJavaCommand} (the JVM's record of what it was started with) begins with the
     * jar under {@code -jar}, with the main class under {@code -cp}: the child is started the same way.
     */
    static List<String> command(String java, List<String> jvmArgs, String classPath, String sunJavaCommand, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.addAll(FLAGS);
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmn") || a.startsWith("-XX:NewSize") || a.startsWith("-XX:MaxNewSize")
                || a.startsWith("-XX:NewRatio"))) cmd.add(YOUNG);
        cmd.add("-D" + SWITCH + "=false");
        String first = sunJavaCommand == null ? "" : sunJavaCommand.split(" ", 2)[0];
        if (!first.isEmpty() && first.equals(classPath)) {
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(first.isEmpty() ? "org.kharita.Application" : first);
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the command in a tuned child JVM and returns its exit code, or empty where this JVM should run it itself. */
    static Optional<Integer> relaunch(String[] args) {
        List<String> jvmArgs = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (args.length == 0 || !wanted(args[0], jvmArgs, System.getProperty(SWITCH))) return Optional.empty();
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) return Optional.empty();
        ProcessBuilder child = new ProcessBuilder(command(java.get(), jvmArgs, System.getProperty("java.class.path"),
                System.getProperty("sun.java.command"), args)).inheritIO();
        try {
            Process p = child.start();
            Thread stop = new Thread(p::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = p.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (IOException e) {
            // no child JVM to be had (a locked-down host): the work still gets done, only slower
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
