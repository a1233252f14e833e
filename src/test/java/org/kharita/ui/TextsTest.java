package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.extract.EventType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the UI in both languages: a key missing from either file fails here, not on screen. */
class TextsTest {
    private static final Texts EN = Texts.of("en"), AR = Texts.of("ar");

    @Test
    void english_and_arabic_define_the_same_keys() {
        assertThat(new TreeSet<>(AR.ownKeys())).as("keys of messages_ar.properties")
                .isEqualTo(new TreeSet<>(EN.ownKeys()));
    }

    @Test
    void every_key_the_code_asks_for_is_in_both_files() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("(?:texts|words|Texts\\.of\\([^)]*\\))\\(?\\)?\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/kharita/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        for (EventType t : EventType.values()) used.add("type." + t.code());
        for (int p = 1; p <= 4; p++) used.add("prec." + p);
        assertThat(used).as("keys found in the ui sources").hasSizeGreaterThan(40);
        assertThat(EN.ownKeys()).containsAll(used);
        assertThat(AR.ownKeys()).containsAll(used);
    }

    @Test
    void arabic_words_are_arabic_not_english_copies() {
        for (String key : EN.ownKeys()) {
            // A few are meant to read the same (the language button names the other language; separators).
            if (Set.of("lang", "listSep").contains(key)) continue;
            assertThat(AR.get(key)).as(key).isNotEqualTo(EN.get(key));
            assertThat(AR.get(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("%s has Arabic letters: %s", key, AR.get(key)).isTrue();
        }
    }

    @Test
    void placeholders_are_filled_with_western_digits_in_arabic_too() {
        assertThat(AR.format("imported", 2458)).contains("2458");
        assertThat(EN.format("imported", 2458)).isEqualTo("2458 events imported.");
        assertThat(AR.type(EventType.SHELLING)).isEqualTo("قصف مدفعي");
    }
}
