package org.kharita.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing without locking the real analyst out for good: after a few failures an
 * account (or an address) is refused for a while, the wait doubling with each further failure up to
 * {@link #LONGEST_WAIT}, and forgotten after a quiet {@link #MEMORY}. A refused attempt is answered
 * before any password is checked, so guessing costs the attacker time, not the server bcrypt work.
 * Per account, because a botnet has many addresses; per address, because one address may try many
 * accounts. Counters are kept for unknown names too, so the answer never tells which names exist.
 */
final class LoginThrottle {
    /** Failures an account may have before it waits; a person mistyping three or four times is not slowed. */
    static final int ACCOUNT_FREE_FAILURES = 5;
    /** An office behind one NAT may share an address: more room than per account. */
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant until) {
    }

    private final Clock clock;
    // Bounded: an attacker sending endless made-up names cannot grow the heap.
    private final Cache<String, Failures> failures;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(MEMORY)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** How long this attempt must wait, or empty when it may be checked now. */
    Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(untilOf(accountKey(account)), untilOf(addressKey(address)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String address) {
        count(accountKey(account), ACCOUNT_FREE_FAILURES);
        count(addressKey(address), ADDRESS_FREE_FAILURES);
    }

    /** A correct password clears the account, and its address, so the analyst starts afresh. */
    void succeeded(String account, String address) {
        failures.invalidate(accountKey(account));
        failures.invalidate(addressKey(address));
    }

    private void count(String key, int free) {
        failures.asMap().compute(key, (k, old) -> {
            int n = old == null ? 1 : old.count() + 1;
            Instant until = null;
            if (n >= free) {
                long doublings = Math.min(n - free, 10);
                Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
                until = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            }
            return new Failures(n, until);
        });
    }

    private Instant untilOf(String key) {
        Failures f = failures.getIfPresent(key);
        return f == null ? null : f.until();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
