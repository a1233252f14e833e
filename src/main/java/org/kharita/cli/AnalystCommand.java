package org.kharita.cli;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code analyst add NAME}: prints the configuration line of a new analyst,
 * {@code kharita.analysts.NAME={bcrypt}...}. On a terminal the password is asked twice without echo;
 * otherwise it is the first line of standard input (for scripts). Never an argument: it would stay in
 * the shell history and the process list.
 */
final class AnalystCommand {
    static final int MIN_PASSWORD = 8;
    static final String USAGE = "usage: analyst add NAME   (letters, digits, . _ -; then the password, twice on a terminal)";

    /** Where the password comes from: the terminal without echo, or a line of standard input. */
    interface PasswordSource {
        /** @return the password typed (twice on a terminal, checked equal), or null when none was given */
        char[] read() throws IOException;

        static PasswordSource of(Console console, InputStream stdin, PrintStream err) {
            if (console == null) {
                return () -> {
                    String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                    return line == null ? null : line.toCharArray();
                };
            }
            return () -> {
                char[] first = console.readPassword("password: ");
                char[] again = console.readPassword("password again: ");
                if (first == null || again == null) return null;
                if (!Arrays.equals(first, again)) {
                    err.println("analyst: the two passwords differ; nothing printed");
                    return null;
                }
                return first;
            };
        }
    }

    private AnalystCommand() {
    }

    static int run(String[] args, PasswordSource passwords, PrintStream out, PrintStream err) {
        if (args.length != 2 || !"add".equals(args[0]) || !args[1].matches("[A-Za-z0-9._-]{1,64}")) {
            err.println(USAGE);
            return 2;
        }
        char[] password;
        try {
            password = passwords.read();
        } catch (IOException e) {
            err.println("analyst: could not read the password: " + e.getMessage());
            return 2;
        }
        if (password == null) {
            err.println("analyst: no password given; nothing printed");
            return 2;
        }
        if (password.length < MIN_PASSWORD) {
            err.println("analyst: a password of at least " + MIN_PASSWORD + " characters, please");
            return 2;
        }
        String hash = new BCryptPasswordEncoder().encode(java.nio.CharBuffer.wrap(password));
        Arrays.fill(password, '\0');
        out.println("kharita.analysts." + args[1] + "={bcrypt}" + hash);
        return 0;
    }
}
