package org.kharita.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Patterns built from word tables at run time, compiled once: compiling them per sentence cost more than matching. */
final class Regexes {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regexes() {
    }

    static Pattern of(String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile);
    }
}
