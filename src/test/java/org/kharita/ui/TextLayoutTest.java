package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.extract.Mention;
import org.kharita.extract.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextLayoutTest {
    private static final String TEXT = "Title\n\nFighting near Darino. Quiet in Sudzha.\n";

    private static Mention mention(String name, int from) {
        int start = TEXT.indexOf(name, from);
        return new Mention(name, start, start + name.length(), 0, true, null);
    }

    @Test
    void every_character_lands_in_exactly_one_piece_in_order() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 5), new Sentence(1, 7, 28), new Sentence(2, 29, 45));
        List<TextLayout.Run> runs = TextLayout.of(TEXT, sentences, List.of(mention("Darino", 0), mention("Sudzha", 0)));

        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (TextLayout.Run run : runs) {
            for (TextLayout.Piece p : run.pieces()) {
                assertThat(p.start()).isEqualTo(at);
                rebuilt.append(TEXT, p.start(), p.end());
                at = p.end();
            }
        }
        assertThat(rebuilt.toString()).isEqualTo(TEXT);
        assertThat(runs).extracting(TextLayout.Run::sentence).containsExactly(0, -1, 1, -1, 2, -1);
    }

    @Test
    void mentions_become_their_own_pieces_inside_their_sentence() {
        List<Sentence> sentences = List.of(new Sentence(0, 7, 28), new Sentence(1, 29, 45));
        List<TextLayout.Run> runs = TextLayout.of(TEXT, sentences, List.of(mention("Sudzha", 0), mention("Darino", 0)));

        TextLayout.Run first = runs.stream().filter(r -> r.sentence() == 0).findFirst().orElseThrow();
        assertThat(first.pieces()).extracting(p -> TEXT.substring(p.start(), p.end()))
                .containsExactly("Fighting near ", "Darino", ".");
        assertThat(first.pieces().get(1).mention()).isEqualTo(1);
        TextLayout.Run second = runs.stream().filter(r -> r.sentence() == 1).findFirst().orElseThrow();
        assertThat(second.pieces()).filteredOn(p -> p.mention() == 0).singleElement()
                .satisfies(p -> assertThat(TEXT.substring(p.start(), p.end())).isEqualTo("Sudzha"));
    }

    @Test
    void a_mention_straddling_a_sentence_boundary_stays_plain_text() {
        List<Sentence> sentences = List.of(new Sentence(0, 7, 20), new Sentence(1, 20, 45));
        Mention darino = mention("Darino", 0); // 21..27 in "Fighting near Darino."
        Mention straddling = new Mention("near Da", 16, 23, 0, true, null);

        List<TextLayout.Run> runs = TextLayout.of(TEXT, sentences, List.of(straddling, darino));

        assertThat(runs.stream().flatMap(r -> r.pieces().stream()).filter(p -> p.mention() == 0)).isEmpty();
        assertThat(runs.stream().flatMap(r -> r.pieces().stream()).filter(p -> p.mention() == 1)).hasSize(1);
    }
}
