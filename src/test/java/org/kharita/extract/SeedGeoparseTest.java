package org.kharita.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kharita.geo.Geo;
import org.kharita.geo.Place;
import org.kharita.support.Shared;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's article, judged by ../shared/seed/truth.json: where each place is and how close is close enough. */
class SeedGeoparseTest {
    static String text;
    static Analysis analysis;
    static JsonNode truth;

    @BeforeAll
    static void parseSeed() throws IOException {
        text = Shared.read(Shared.SEED);
        truth = new ObjectMapper().readTree(Shared.read(Shared.SEED_TRUTH));
        analysis = Engines.createDefault().analyze(text, null, LocalDate.of(2024, 10, 24));
    }

    private static Mention at(int start) {
        return analysis.mentions().stream().filter(m -> m.start() <= start && start < m.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at offset " + start + " (" + text.substring(start, Math.min(text.length(), start + 20)) + ")"));
    }

    @Test
    void every_mention_points_at_its_own_characters() {
        assertThat(analysis.mentions()).isNotEmpty();
        for (Mention m : analysis.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(analysis.sentences().get(m.sentence()).contains(m.start())).isTrue();
        }
    }

    @Test
    void all_seed_villages_resolve_within_the_truth_tolerance() {
        for (JsonNode p : truth.path("places")) {
            if (!p.has("lat")) continue;
            Mention m = at(p.path("start").asInt());
            assertThat(m.resolved()).as(p.path("name").asText()).isTrue();
            Place got = m.resolution().place();
            double km = Geo.km(got.lat(), got.lon(), p.path("lat").asDouble(), p.path("lon").asDouble());
            assertThat(km).as(p.path("name").asText() + " resolved to " + got.name()).isLessThanOrEqualTo(p.path("km").asDouble());
            assertThat(m.literal()).isTrue();
        }
    }

    @Test
    void kursk_after_the_region_word_is_the_oblast() {
        for (JsonNode p : truth.path("places")) {
            if (!"admin1".equals(p.path("kind").asText())) continue;
            Place got = at(p.path("start").asInt()).resolution().place();
            assertThat(got.isAdmin1()).isTrue();
            assertThat(got.name()).contains("Kursk");
        }
    }

    @Test
    void kyiv_as_an_army_is_not_plotted() {
        for (JsonNode m : truth.path("metonyms")) {
            Mention kyiv = at(m.path("start").asInt());
            assertThat(kyiv.literal()).isFalse();
            assertThat(kyiv.resolution().place().country()).isEqualTo("UA");
        }
    }

    @Test
    void pokrovsky_is_the_hamlet_not_the_donetsk_city() {
        JsonNode pokrovsky = null;
        for (JsonNode p : truth.path("places")) if (p.path("name").asText().equals("Pokrovsky")) pokrovsky = p;
        assertThat(pokrovsky).isNotNull();
        Place got = at(pokrovsky.path("start").asInt()).resolution().place();
        assertThat(got.country()).isEqualTo("RU");
        assertThat(got.kmTo(48.28, 37.18)).isGreaterThan(100);
    }

    @Test
    void every_resolution_explains_itself_and_lists_its_alternatives_with_scores() {
        List<Mention> resolved = analysis.mentions().stream().filter(Mention::resolved).toList();
        assertThat(resolved).isNotEmpty();
        for (Mention m : resolved) {
            assertThat(m.resolution().explanation()).isNotBlank();
            assertThat(m.resolution().confidence()).isBetween(0.0, 1.0);
            m.resolution().alternatives().forEach(a -> assertThat(a.score()).isBetween(0.0, 1.0));
        }
    }
}
