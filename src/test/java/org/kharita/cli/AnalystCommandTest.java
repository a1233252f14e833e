package org.kharita.cli;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar kharita.jar analyst add NAME}, fed its password on standard input as a script would. */
class AnalystCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = AnalystCommand.run(args, AnalystCommand.PasswordSource.of(null,
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), errStream),
                new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void prints_a_configuration_line_whose_hash_matches_the_password_read_from_stdin() {
        Run r = run("correct horse battery\n", "add", "alice");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("kharita.analysts.alice={bcrypt}$2a$");
        String hash = r.out().strip().substring("kharita.analysts.alice={bcrypt}".length());
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery", hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("correct horse batterx", hash)).isFalse();
    }

    @Test
    void a_short_or_missing_password_prints_nothing_and_says_why() {
        Run shortOne = run("short\n", "add", "alice");
        assertThat(shortOne.code()).isEqualTo(2);
        assertThat(shortOne.out()).isEmpty();
        assertThat(shortOne.err()).contains("at least 8");
        Run none = run("", "add", "alice");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("no password");
    }

    @Test
    void a_bad_name_or_a_missing_subcommand_prints_the_usage() {
        assertThat(run("long enough pw\n", "add", "al ice").err()).contains("usage: analyst add NAME");
        assertThat(run("long enough pw\n", "alice").code()).isEqualTo(2);
        assertThat(run("long enough pw\n", "add", "x=y").out()).isEmpty();
    }
}
