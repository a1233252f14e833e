package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EventEvalTest {
    @Test
    void dev_eval_events_are_found_in_every_language() throws Exception {
        assumeTrue(Files.exists(EventEval.ARTICLES), "dev-eval articles not found at " + EventEval.ARTICLES + ": skipping");
        Map<String, EventEval.Score> scores = EventEval.evaluate(EventEval.ARTICLES, EventEval.GOLD, new RuleEventExtractor());
        EventEval.print(scores, System.out);
        assertThat(scores).containsKeys("ar", "en", "ru", "all");
        // tuned on these passages: a floor that catches regressions, not a claim of accuracy elsewhere
        scores.forEach((lang, s) -> assertThat(s.f1()).as(lang).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void explosions_attacks_on_civilians_and_protests_are_found_in_our_own_passages() throws Exception {
        Map<String, EventEval.Score> scores = EventEval.evaluate(EventEval.EXTRA_ARTICLES, EventEval.EXTRA_GOLD, new RuleEventExtractor());
        assertThat(scores).containsKeys("ar", "en", "ru", "uk");
        scores.forEach((lang, s) -> assertThat(s.f1()).as(lang).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void an_extractor_that_finds_nothing_scores_zero() throws Exception {
        assumeTrue(Files.exists(EventEval.ARTICLES), "dev-eval articles not found: skipping");
        EventEval.Score all = EventEval.evaluate(EventEval.ARTICLES, EventEval.GOLD, (t, l, p, s, m) -> java.util.List.of()).get("all");
        assertThat(all.recall()).isZero();
        assertThat(all.gold()).isEqualTo(62);
    }
}
