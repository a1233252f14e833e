package org.kharita.geo;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Candidate.MatchKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kharita.geo.Places.city;
import static org.kharita.geo.Places.ppl;
import static org.kharita.geo.Places.region;

class PlaceResolverTest {
    static final Place KURSK_OBLAST = region("r:kursk", "Kursk Oblast", 51.73, 36.19, "RU", "41", new BBox(50.9, 34.1, 52.4, 38.5));
    static final Place KURSK_CITY = city("c:kursk", "Kursk", 51.73, 36.19, "RU", "41", "PPLA", 440_000);
    static final Place NOVOIVANOVKA_SUDZHA = ppl("n:sudzha", "Novoivanovka", 51.32, 35.11, "RU", "41", 300);
    static final Place NOVOIVANOVKA_CRIMEA = ppl("n:crimea", "Novoivanovka", 45.45, 33.10, "UA", "11", 1500);
    static final Place PLEKHOVO = ppl("p:plekhovo", "Plekhovo", 51.10, 35.33, "RU", "41", 200);
    static final Place POKROVSKY = ppl("p:pokrovsky", "Pokrovsky", 51.10, 35.33, "RU", "41", 50);
    static final Place POKROVSK = city("p:pokrovsk", "Pokrovsk", 48.28, 37.18, "UA", "05", "PPLA2", 60_000);

    private final PlaceResolver resolver = new PlaceResolver(PlaceResolver.Aliases.NONE);

    private static Candidate exact(Place p) {
        return new Candidate(p, 1.0, MatchKind.EXACT, "", false);
    }

    private static Candidate sound(Place p, double sim) {
        return new Candidate(p, sim, MatchKind.PHONETIC, "", false);
    }

    @Test
    void a_region_word_makes_kursk_the_oblast() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("كورسك", List.of(exact(KURSK_CITY), exact(KURSK_OBLAST)), true, false)));
        assertThat(r.get(0).place()).isEqualTo(KURSK_OBLAST);
    }

    @Test
    void a_bare_kursk_keeps_the_sense_the_article_gave_it() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("كورسك", List.of(exact(KURSK_CITY), exact(KURSK_OBLAST)), true, false),
                new PlaceResolver.Query("كورسك", List.of(exact(KURSK_CITY), exact(KURSK_OBLAST)), false, false)));
        assertThat(r.get(1).place()).isEqualTo(KURSK_OBLAST);
        assertThat(r.get(1).explanation()).contains("region elsewhere");
    }

    @Test
    void without_context_kursk_is_the_city() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("Kursk", List.of(exact(KURSK_CITY), exact(KURSK_OBLAST)), false, false)));
        assertThat(r.get(0).place()).isEqualTo(KURSK_CITY);
    }

    @Test
    void novoivanovka_is_the_one_in_the_oblast_the_text_names() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("مقاطعة كورسك", List.of(exact(KURSK_OBLAST), exact(KURSK_CITY)), true, false),
                new PlaceResolver.Query("نوفويفانوفكا", List.of(sound(NOVOIVANOVKA_CRIMEA, 1.0), sound(NOVOIVANOVKA_SUDZHA, 1.0)), false, false)));
        assertThat(r.get(1).place()).isEqualTo(NOVOIVANOVKA_SUDZHA);
        assertThat(r.get(1).alternatives()).extracting(Resolution.Alternative::place).contains(NOVOIVANOVKA_CRIMEA);
    }

    @Test
    void pokrovsky_by_plekhovo_beats_the_bigger_pokrovsk() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("بليخوفو", List.of(sound(PLEKHOVO, 1.0)), false, false),
                new PlaceResolver.Query("بوكروفسكي", List.of(sound(POKROVSK, 0.92), sound(POKROVSKY, 1.0)), false, false)));
        assertThat(r.get(1).place()).isEqualTo(POKROVSKY);
        assertThat(r.get(1).explanation()).contains("km from Plekhovo");
    }

    @Test
    void an_analyst_alias_wins_outright() {
        PlaceResolver withAlias = new PlaceResolver(name -> name.equals("بوكروفسكي") ? POKROVSK : null);
        List<Resolution> r = withAlias.resolve(List.of(
                new PlaceResolver.Query("بوكروفسكي", List.of(sound(POKROVSKY, 1.0)), false, false)));
        assertThat(r.get(0).place()).isEqualTo(POKROVSK);
        assertThat(r.get(0).confidence()).isEqualTo(1.0);
    }

    @Test
    void a_name_without_candidates_stays_unresolved() {
        List<Resolution> r = resolver.resolve(List.of(new PlaceResolver.Query("زيليني", List.of(), false, true)));
        assertThat(r.get(0)).isNull();
    }

    @Test
    void confidence_and_alternative_scores_are_probabilities() {
        List<Resolution> r = resolver.resolve(List.of(
                new PlaceResolver.Query("Novoivanovka", List.of(exact(NOVOIVANOVKA_CRIMEA), exact(NOVOIVANOVKA_SUDZHA)), false, false)));
        Resolution x = r.get(0);
        double total = x.confidence() + x.alternatives().stream().mapToDouble(Resolution.Alternative::score).sum();
        assertThat(x.confidence()).isBetween(0.0, 1.0);
        assertThat(total).isLessThanOrEqualTo(1.001);
    }

    @Test
    void one_place_held_by_two_layers_is_one_candidate() {
        Place curatedCopy = ppl("k:plekhovo", "Plekhovo", 51.101, 35.331, "RU", "41", 0);
        List<Candidate> merged = PlaceResolver.sameplaceMerged(List.of(exact(PLEKHOVO),
                new Candidate(curatedCopy, 1.0, MatchKind.EXACT, "", true)));
        assertThat(merged).extracting(c -> c.place().id()).containsExactly("k:plekhovo");
    }
}
