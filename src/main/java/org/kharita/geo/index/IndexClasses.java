package org.kharita.geo.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's classes an index build can run: those named, directly or through one another, by the build's
 * entry class. A class file names every class it uses in its constant pool (types, descriptors, nested classes),
 * as plain ASCII; a compile-time constant of another class is copied into the user's own bytes. So this closure
 * holds every class whose change can change the index's bytes (key rules, name normalisation, sources, the
 * writer), and none of those that only read the index (the resolver, the finder), which then may change without
 * a rebuild.
 */
final class IndexClasses {
    private static final Pattern OURS = Pattern.compile("org/kharita/[A-Za-z0-9_/$]+");

    private IndexClasses() {
    }

    /** Paths, relative to the classes root, of the class files reachable from {@code entryClass}, sorted. */
    static SortedSet<String> reachableFrom(Path classesRoot, String entryClass) throws IOException {
        SortedSet<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(entryClass.replace('.', '/') + ".class");
        while (!todo.isEmpty()) {
            String rel = todo.poll();
            Path file = classesRoot.resolve(rel);
            if (!seen.add(rel) || !Files.isRegularFile(file)) continue;
            // ISO-8859-1 keeps one char per byte, so the ASCII names in the pool match as they are
            Matcher m = OURS.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                String name = m.group();
                // a package-relative resource path or a package name alone is no class file; the file test skips it
                String next = name + ".class";
                if (!seen.contains(next) && Files.isRegularFile(classesRoot.resolve(next))) todo.add(next);
            }
        }
        seen.removeIf(rel -> !Files.isRegularFile(classesRoot.resolve(rel)));
        return seen;
    }
}
