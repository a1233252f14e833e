package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.cli.EvalCommand;
import org.kharita.cli.GeoEval;
import org.kharita.support.Shared;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A floor under the dev-eval figures (the README reports the exact ones): a rule change that
 * loses recognition or resolution in any language fails here, not in front of an analyst.
 */
class DevEvalGeoparseTest {
    @Test
    void every_language_keeps_f1_and_ten_km_accuracy_above_the_floor() throws IOException {
        GeoEval eval = EvalCommand.evaluate(Shared.require(Shared.DEV_EVAL), Engines.createDefault());
        for (Map.Entry<String, GeoEval.Stats> e : eval.stats().entrySet()) {
            GeoEval.Stats s = e.getValue();
            assertThat(s.f1()).as(e.getKey() + " F1: " + s).isGreaterThanOrEqualTo(0.9);
            if (s.acc10() != null) assertThat(s.acc10()).as(e.getKey() + " acc10: " + s).isGreaterThanOrEqualTo(0.9);
            if (s.regionAcc() != null) assertThat(s.regionAcc()).as(e.getKey() + " regions: " + s).isGreaterThanOrEqualTo(0.9);
            assertThat(s.metonymsPlotted()).as(e.getKey() + " metonyms plotted").isZero();
        }
    }
}
