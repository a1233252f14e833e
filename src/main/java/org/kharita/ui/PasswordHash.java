package org.kharita.ui;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Prints the configuration line for a new analyst: {@code kharita.analysts.NAME={bcrypt}...}.
 * Reads the password from standard input so it stays out of the shell history.
 */
public final class PasswordHash {
    private PasswordHash() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 1 || !args[0].matches("[A-Za-z0-9._-]{1,64}")) {
            System.err.println("usage: PasswordHash NAME   (then type the password and Enter)");
            System.exit(2);
        }
        java.io.Console console = System.console();
        String password = console != null ? new String(console.readPassword("password: "))
                : new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        if (password == null || password.length() < 8) {
            System.err.println("a password of at least 8 characters, please");
            System.exit(2);
        }
        System.out.println("kharita.analysts." + args[0] + "={bcrypt}" + new BCryptPasswordEncoder().encode(password));
    }
}
