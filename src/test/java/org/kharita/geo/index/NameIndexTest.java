package org.kharita.geo.index;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Candidate;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kharita.geo.Places.ppl;
import static org.kharita.geo.Places.rec;

class NameIndexTest {
    static NameIndex index() throws IOException {
        List<GazetteerRecord> rows = List.of(
                rec(ppl("t:plekhovo", "Plekhovo", 51.10, 35.33, "RU", "41", 200), true, "Plekhovo", "Плёхово"),
                rec(ppl("t:sverdlikovo", "Sverdlikovo", 51.25, 35.12, "RU", "41", 300), true, "Sverdlikovo", "Свердликово"),
                rec(ppl("t:sudzha", "Sudzha", 51.19, 35.27, "RU", "41", 5000), false, "Sudzha", "Суджа"),
                rec(ppl("t:kyiv", "Kyiv", 50.45, 30.52, "UA", "12", 2_900_000), false, "Kyiv", "Киев", "كييف"));
        GazetteerSource src = sink -> rows.forEach(sink);
        return NameIndex.build(List.of(src));
    }

    @Test
    void exact_lookup_folds_the_spelling() throws IOException {
        assertThat(index().exact("ПЛЕХОВО")).extracting(c -> c.place().id()).containsExactly("t:plekhovo");
        assertThat(index().exact("كييف")).extracting(c -> c.place().id()).containsExactly("t:kyiv");
    }

    @Test
    void an_inflected_russian_form_is_found_by_its_stem() throws IOException {
        List<Candidate> c = index().stem("Судже");
        assertThat(c).extracting(x -> x.place().id()).containsExactly("t:sudzha");
        assertThat(c.get(0).kind()).isEqualTo(Candidate.MatchKind.STEM);
    }

    @Test
    void an_arabic_rendering_finds_the_cyrillic_entry_by_sound() throws IOException {
        List<Candidate> c = index().phonetic("بليخوفو", 0.8);
        assertThat(c).extracting(x -> x.place().id()).contains("t:plekhovo");
    }

    @Test
    void a_latin_lookup_finds_a_place_known_only_in_cyrillic_through_icu_transliteration() throws IOException {
        GazetteerSource src = sink -> sink.accept(rec(ppl("t:x", "Свердликово", 51.25, 35.12, "RU", "41", 300), false, "Свердликово"));
        assertThat(NameIndex.build(List.of(src)).exact("Sverdlikovo")).hasSize(1);
    }

    @Test
    void a_misspelt_curated_village_is_found_one_consonant_off() throws IOException {
        assertThat(index().curatedNear("سفيلدليكوفو", 0.85)).extracting(x -> x.place().id()).containsExactly("t:sverdlikovo");
        assertThat(index().curatedNear("سفيلدليكوفو", 0.99)).isEmpty();
    }

    @Test
    void the_index_survives_a_write_and_read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index().write(out);
        NameIndex back = NameIndex.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.size()).isEqualTo(4);
        assertThat(back.phonetic("بليخوفو", 0.8)).extracting(x -> x.place().id()).contains("t:plekhovo");
        assertThat(back.byId("t:kyiv")).isPresent();
        assertThat(back.curatedNear("سفيلدليكوفو", 0.85)).hasSize(1);
    }

    @Test
    void every_place_is_found_by_its_id_among_thousands_and_an_unknown_id_finds_nothing() throws IOException {
        List<GazetteerRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) rows.add(rec(ppl("t:" + i, "Village" + i, 50, 30, "UA", "12", 100), false, "Village" + i));
        // a second row under an id already given: the first keeps it
        rows.add(rec(ppl("t:7", "Other", 10, 10, "UA", "12", 100), false, "Other"));
        NameIndex index = NameIndex.build(List.of(sink -> rows.forEach(sink)));
        for (int i = 0; i < 5_000; i++) assertThat(index.byId("t:" + i)).get().extracting(p -> p.name()).isEqualTo("Village" + i);
        assertThat(index.byId("t:5000")).isEmpty();
        assertThat(index.byId("")).isEmpty();
    }

    @Test
    void the_score_memory_of_one_lookup_gives_back_what_was_put_through_its_growth_and_nothing_else() {
        NameIndex.Scores scores = new NameIndex.Scores();
        Map<Integer, Double> expected = new HashMap<>();
        Random r = new Random(5);
        for (int k = 0; k < 5_000; k++) {
            int ref = r.nextInt(1 << 20);
            double v = r.nextDouble();
            scores.put(ref, v);
            expected.put(ref, v);
        }
        expected.forEach((ref, v) -> {
            assertThat(scores.has(ref)).isTrue();
            assertThat(scores.get(ref)).isEqualTo(v);
        });
        for (int ref = 0; ref < 1 << 20; ref += 97) assertThat(scores.has(ref)).isEqualTo(expected.containsKey(ref));
    }
}
