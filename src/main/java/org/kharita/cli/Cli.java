package org.kharita.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** The command words of the jar. */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("geoparse", "eval", "eval-events", "bench", "analyst", "train");

    private Cli() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.contains(word);
    }

    /** As {@link #run}, in the JVM a batch command is best off in ({@link BatchJvm}): from {@code main}, not from tests. */
    public static int runFromShell(String[] args) {
        return BatchJvm.relaunch(args).orElseGet(() -> run(args));
    }

    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        // The platform encoding of a bare CI shell is ASCII: Arabic would print as '?'
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return switch (args[0]) {
            case "geoparse" -> new GeoparseCommand(System.in, out, err).run(rest);
            case "eval" -> EvalCommand.run(rest, out, err);
            case "bench" -> BenchCommand.run(rest, out, err);
            case "train" -> TrainCommand.run(rest, out, err);
            case "analyst" -> AnalystCommand.run(rest, AnalystCommand.PasswordSource.of(System.console(), System.in, err), out, err);
            case "eval-events" -> {
                try {
                    org.kharita.extract.EventEval.main(rest);
                    yield 0;
                } catch (java.io.IOException e) {
                    err.println("eval-events: " + e.getMessage());
                    yield 2;
                }
            }
            default -> 2;
        };
    }
}
