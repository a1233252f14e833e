package org.kharita.ui;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void a_few_typos_are_free_and_the_fifth_failure_starts_a_wait() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++) throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitFor("alice", "10.0.0.9")).contains(LoginThrottle.FIRST_WAIT);
        assertThat(throttle.waitFor("ALICE ", "10.0.0.9")).as("the name as typed").isPresent();
        assertThat(throttle.waitFor("bob", "10.0.0.9")).isEmpty();
    }

    @Test
    void the_wait_doubles_is_capped_and_ends_so_the_real_user_is_never_locked_out_for_good() {
        for (int i = 0; i < 40; i++) throttle.failed("alice", "10.0.0." + i);
        assertThat(throttle.waitFor("alice", "10.0.0.200")).contains(LoginThrottle.LONGEST_WAIT);
        clock.now = clock.now.plus(LoginThrottle.LONGEST_WAIT).plusSeconds(1);
        assertThat(throttle.waitFor("alice", "10.0.0.200")).isEmpty();
        throttle.succeeded("alice", "10.0.0.200");
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++) throttle.failed("alice", "10.0.0.200");
        assertThat(throttle.waitFor("alice", "10.0.0.200")).as("a success starts afresh").isEmpty();
    }

    @Test
    void one_address_trying_many_names_waits_too() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) throttle.failed("name" + i, "203.0.113.7");
        assertThat(throttle.waitFor("someone-new", "203.0.113.7")).isPresent();
        assertThat(throttle.waitFor("someone-new", "203.0.113.8")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("someone-new", "203.0.113.7")).isEmpty();
    }
}
