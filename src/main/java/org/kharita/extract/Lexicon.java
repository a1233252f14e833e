package org.kharita.extract;

import org.kharita.geo.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists a language keeps as resource files, {@code lang/<code>/<name>.txt}: one word a line, {@code #} starts a
 * comment. Words are folded as the finder folds running text, so a list is written in plain spelling. A list a
 * language lacks is empty: a fifth language adds its own files and needs no code for them.
 */
final class Lexicon {
    private Lexicon() {
    }

    static Set<String> of(Language language, String name) {
        Set<String> out = new HashSet<>();
        for (String w : lines(language, name)) out.add(PlaceCues.foldUncached(w));
        return out;
    }

    /**
     * The lines of a list as written (stripped, without comments), for lists whose words another folding reads, such as
     * the cue words ({@link EventCues#alternation}); empty when the language has none.
     */
    static java.util.List<String> lines(Language language, String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String path = "/lang/" + language.code() + "/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }

    /** The list of every language together, for rules that look at a word whatever the article's language. */
    static Set<String> ofAll(String name) {
        Set<String> out = new HashSet<>();
        for (Language l : Language.values()) out.addAll(of(l, name));
        return out;
    }
}
