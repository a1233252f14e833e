package org.kharita.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {
    @Test
    void line_endings_and_trailing_blanks_do_not_change_the_hash() {
        assertThat(ContentHash.of("a\r\nb  c\n")).isEqualTo(ContentHash.of("a\nb c"));
    }

    @Test
    void decomposed_and_composed_arabic_hamza_hash_alike() {
        // أ as one code point (U+0623) and as alef + combining hamza above (U+0627 U+0654).
        assertThat(ContentHash.of("\u0623\u062D\u0645\u062F")).isEqualTo(ContentHash.of("\u0627\u0654\u062D\u0645\u062F"));
    }

    @Test
    void different_words_hash_differently() {
        assertThat(ContentHash.of("Plekhovo")).isNotEqualTo(ContentHash.of("Plekhova"));
    }
}
