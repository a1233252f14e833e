package org.kharita.geo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceTrainerTest {
    private static final int D = 3;

    /** Names whose right candidate has feature 0 set and whose wrong one has feature 1 set; feature 2 is noise. */
    private static List<ChoiceTrainer.Group> feature0Decides(int n) {
        List<ChoiceTrainer.Group> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double noise = (i % 5) / 5.0;
            out.add(new ChoiceTrainer.Group(new double[][]{{1, 0, noise}, {0, 1, 1 - noise}}, new boolean[]{true, false}));
        }
        return out;
    }

    @Test
    void evidence_that_picks_the_right_candidate_gains_weight_over_its_prior() {
        double[] w = new ChoiceTrainer(1.0, new double[]{0.5, 0, 0}).fit(feature0Decides(40));
        assertThat(w[0]).isGreaterThan(0.5);
    }

    @Test
    void evidence_the_data_never_varies_keeps_its_prior() {
        List<ChoiceTrainer.Group> groups = new ArrayList<>();
        for (ChoiceTrainer.Group g : feature0Decides(20)) {
            double[][] f = g.features();
            groups.add(new ChoiceTrainer.Group(new double[][]{{f[0][0], f[0][1], 1}, {f[1][0], f[1][1], 1}}, g.right()));
        }
        double[] w = new ChoiceTrainer(1.0, new double[]{0, 0, 0.8}).fit(groups);
        assertThat(w[2]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_weight_keeps_the_sign_its_rule_argues_for() {
        // feature 1 marks the wrong candidate, so the data would make it negative; its rule says it helps
        double[] w = new ChoiceTrainer(0.1, new double[]{0.5, 0.3, 0}).fit(feature0Decides(40));
        assertThat(w[1]).isEqualTo(0.0);
        assertThat(w[0]).isGreaterThan(0.5);
    }

    @Test
    void a_stronger_penalty_stays_nearer_the_prior() {
        double[] prior = {0.5, 0, 0};
        double loose = new ChoiceTrainer(0.1, prior).fit(feature0Decides(40))[0];
        double tight = new ChoiceTrainer(100, prior).fit(feature0Decides(40))[0];
        assertThat(Math.abs(tight - 0.5)).isLessThan(Math.abs(loose - 0.5));
    }

    @Test
    void the_same_groups_give_the_same_weights_bit_for_bit() {
        double[] a = new ChoiceTrainer(0.3, new double[]{0.5, -0.2, 0.1}).fit(feature0Decides(37));
        double[] b = new ChoiceTrainer(0.3, new double[]{0.5, -0.2, 0.1}).fit(feature0Decides(37));
        assertThat(b).containsExactly(a);
        assertThat(a).hasSize(D);
    }

    @Test
    void two_right_copies_of_one_place_share_the_credit() {
        // the loss counts the chance of any right candidate: with both copies right, the fit is already perfect
        ChoiceTrainer t = new ChoiceTrainer(0, new double[]{0, 0, 0});
        double both = t.loss(List.of(new ChoiceTrainer.Group(new double[][]{{1, 0, 0}, {1, 0, 0}, {0, 1, 0}},
                new boolean[]{true, true, false})), new double[]{0, 0, 0});
        assertThat(both).isCloseTo(-Math.log(2.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
    }
}
