package org.kharita.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChoiceWeightsTest {

    private static ChoiceWeights read(String text) throws IOException {
        return ChoiceWeights.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_rule_weights_are_the_resolvers_named_constants() {
        assertThat(ChoiceWeights.RULES.weight(ChoiceWeights.Feature.NAME)).isEqualTo(PlaceResolver.NAME);
        assertThat(ChoiceWeights.RULES.weight(ChoiceWeights.Feature.REGION_CONFLICT)).isEqualTo(-PlaceResolver.REGION_CONFLICT);
        assertThat(ChoiceWeights.RULES.temperature()).isEqualTo(PlaceResolver.TEMPERATURE);
    }

    @Test
    void the_text_form_reads_back_to_the_same_doubles() throws IOException {
        double[] w = new double[ChoiceWeights.SIZE];
        for (int k = 0; k < w.length; k++) w[k] = Math.PI * (k - 7) / 3;
        ChoiceWeights original = new ChoiceWeights("test-1", w, 0.7);
        assertThat(read(original.write())).isEqualTo(original);
    }

    @Test
    void a_file_missing_a_feature_is_refused_rather_than_read_as_zero() {
        String text = ChoiceWeights.RULES.write().replaceAll("(?m)^COHERENCE .*\\n", "");
        assertThatThrownBy(() -> read(text)).hasMessageContaining("COHERENCE");
    }

    @Test
    void the_shipped_learned_weights_read_and_the_rules_stay_the_default() {
        assertThat(ChoiceWeights.learned()).isNotNull();
        assertThat(ChoiceWeights.learned().temperature()).isEqualTo(1.0);
        assertThat(System.getProperty(ChoiceWeights.PROPERTY)).isNull();
        assertThat(ChoiceWeights.configured()).isSameAs(ChoiceWeights.RULES);
    }
}
