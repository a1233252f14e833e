package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTextTest {
    @Test
    void empty_and_blank_articles_are_refused() {
        assertThatThrownBy(() -> ArticleText.decode(new byte[0], "x")).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleText.check(" \n\t ", "x")).hasMessageContaining("empty");
    }

    @Test
    void invalid_utf8_is_refused() {
        assertThatThrownBy(() -> ArticleText.decode(new byte[]{(byte) 0xC3, (byte) 0x28, 'a'}, "f.txt")).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void binary_data_is_refused() {
        byte[] b = new byte[100];
        b[10] = 0;
        b[0] = 'a';
        assertThatThrownBy(() -> ArticleText.decode(b, "f.bin")).hasMessageContaining("binary");
    }

    @Test
    void oversized_input_is_refused_with_the_limit_named() {
        byte[] big = new byte[ArticleText.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> ArticleText.decode(big, "big.txt")).hasMessageContaining("limit");
    }

    @Test
    void a_byte_order_mark_is_dropped() {
        byte[] b = "\uFEFFKursk".getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleText.decode(b, "x")).isEqualTo("Kursk");
    }
}
