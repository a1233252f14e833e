package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcuSentenceSplitterTest {
    private final IcuSentenceSplitter splitter = new IcuSentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void arabic_question_mark_and_full_stop_end_sentences() {
        assertThat(split("هل انسحبت القوات؟ نعم. وانتهى القتال")).containsExactly("هل انسحبت القوات؟", "نعم.", "وانتهى القتال");
    }

    @Test
    void a_paragraph_break_ends_a_sentence_without_punctuation() {
        assertThat(split("غزو مقاطعة كورسك\nهاجمت القوات المناطق الحدودية.")).hasSize(2);
    }

    @Test
    void titles_and_decimals_do_not_end_a_sentence() {
        assertThat(split("Mr. Kirby spoke for 3.5 minutes. Then he left.")).hasSize(2);
    }

    @Test
    void spans_are_trimmed_and_indexed_in_order() {
        String text = "  First one.   Second one.  ";
        List<Sentence> s = splitter.split(text);
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1);
        assertThat(s.get(0).text(text)).isEqualTo("First one.");
    }
}
